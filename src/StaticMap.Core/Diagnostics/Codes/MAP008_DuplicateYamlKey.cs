using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Diagnostics.Codes;

public sealed class DuplicateYamlKey : Rule
{
    public static readonly DuplicateYamlKey Instance = new();
    public override string Code => "MAP008";
    public override string Title => "Key written twice";
    public override string Stage => "read";
    public override string Help => "A key may appear once per mapping; merge the two values and delete one of the keys.";

    public Diagnostic Create(SourceSpan at, string key) =>
        At(at, $"'{key}' is written twice in the same mapping; keep one and delete the other");
}
