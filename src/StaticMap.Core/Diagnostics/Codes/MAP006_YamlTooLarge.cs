using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Diagnostics.Codes;

public sealed class YamlTooLarge : Rule
{
    public static readonly YamlTooLarge Instance = new();
    public override string Code => "MAP006";
    public override string Title => "YAML nested too deeply or too large";
    public override string Stage => "read";
    public override string Help => "No plan needs more than a few levels of nesting; flatten the structure the message points at.";

    public Diagnostic CreateTooDeep(SourceSpan at, int maxDepth) =>
        At(at, $"YAML is nested more than {maxDepth} levels deep here; no part of a plan needs that, so flatten it");

    public Diagnostic CreateTooManyNodes(SourceSpan at, int maxNodes) =>
        At(at, $"YAML has more than {maxNodes:N0} values; split the content or move data to a CSV file in data/");
}
