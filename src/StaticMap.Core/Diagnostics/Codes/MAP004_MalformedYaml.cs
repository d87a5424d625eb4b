using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Diagnostics.Codes;

public sealed class MalformedYaml : Rule
{
    public static readonly MalformedYaml Instance = new();
    public override string Code => "MAP004";
    public override string Title => "Malformed YAML";
    public override string Stage => "read";
    public override string Help => "The YAML parser stopped here. Check indentation (spaces, not tabs), a colon after each key, and closing quotes and brackets.";

    public Diagnostic Create(SourceSpan at, string parserMessage) => At(at, $"malformed YAML: {parserMessage}");
}
