using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Diagnostics.Codes;

public sealed class MarkdownTooDeep : Rule
{
    public static readonly MarkdownTooDeep Instance = new();
    public override string Code => "MAP027";
    public override string Title => "Markdown nested too deeply";
    public override string Stage => "parse";
    public override string Help => "Quotes, lists, brackets or emphasis are nested inside each other more deeply than any narrative needs (over a hundred levels); flatten the structure the message points at.";

    public Diagnostic Create(SourceSpan at) => At(at,
        "the Markdown is nested too deeply from this line on (quotes, lists, brackets or emphasis inside each other over a hundred levels), so the narrative cannot be read; flatten it");
}
