namespace StaticMap.Core.Rendering.Html;

/// <summary>
/// HTML that the build produced and trusts (rendered and sanitised Markdown, partial output). Templates write it
/// as is; every other value is HTML-escaped by <see cref="HtmlTemplateContext"/>.
/// </summary>
public sealed record RawHtml(string Value)
{
    public static readonly RawHtml Empty = new("");

    public override string ToString() => Value;
}
