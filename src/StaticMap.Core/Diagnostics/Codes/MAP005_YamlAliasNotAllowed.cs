using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Diagnostics.Codes;

public sealed class YamlAliasNotAllowed : Rule
{
    public static readonly YamlAliasNotAllowed Instance = new();
    public override string Code => "MAP005";
    public override string Title => "YAML anchors and aliases are not supported";
    public override string Stage => "read";
    public override string Help => "Write repeated values out in full; anchors (&name) and aliases (*name) are refused so a plan or a theme's strings file cannot expand into a huge document or refer to itself.";

    public Diagnostic Create(SourceSpan at, string name) =>
        At(at, $"YAML anchors and aliases ('&{name}', '*{name}') are not supported in plans or strings files; write the value out in full");
}
