using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using StaticMap.Core.Model;

namespace StaticMap.Core.Parsing;

/// <summary>Parses Markdown narratives with the one pipeline the whole site uses.</summary>
public static class MarkdownParser
{
    /// <summary>
    /// Tables, footnotes, heading ids and autolinks. Raw HTML is parsed here and sanitised when rendered.
    /// No generic attributes or media embeds: they would let an author add event handlers or iframes.
    /// </summary>
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseGridTables()
        .UseFootnotes()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseDefinitionLists()
        .UsePreciseSourceLocation()
        .Build();

    /// <summary>The theme's own element ids start with this; heading ids never do, so the two cannot collide.</summary>
    public const string TemplateIdPrefix = "sm-";

    public static MarkdownBody Parse(string path, string text, int firstLine)
    {
        var document = Markdown.Parse(text, Pipeline);
        NormaliseHeadings(document);
        return new MarkdownBody(path, firstLine, document, IsEmpty: string.IsNullOrWhiteSpace(text));
    }

    /// <summary>
    /// The page title is the only h1, so the narrative's headings start at h2, and a heading is never more than one
    /// level below the one before it (screen-reader users navigate by heading level).
    /// </summary>
    private static void NormaliseHeadings(MarkdownDocument document)
    {
        var previous = 1;
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var attributes = heading.GetAttributes();
            if (attributes.Id is { } id && id.StartsWith(TemplateIdPrefix, StringComparison.Ordinal)) attributes.Id = "section-" + id;
            var level = Math.Clamp(heading.Level + 1, 2, 6);
            level = Math.Min(level, previous + 1);
            heading.Level = level;
            previous = level;
        }
    }
}
