using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Diagnostics.Codes;

public sealed class EmptyBody : Rule
{
    public static readonly EmptyBody Instance = new();
    public override string Code => "MAP023";
    public override string Title => "Narrative missing";
    public override string Stage => "parse";
    public override string Help => "This component needs its Markdown narrative after the closing '---' of the front matter.";

    public Diagnostic Create(SourceSpan at, string component, string what) =>
        At(at, $"the '{component}' component has no narrative; after the closing '---', write {what}");
}
