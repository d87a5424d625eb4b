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
        return new MarkdownBody(path, firstLine, document, text);
    }

    /// <summary>
    /// The page title is the only h1, so the narrative's top headings become h2, and no heading is more than one
    /// level below its parent (screen-reader users navigate by level). Siblings keep the same level: the headings
    /// the author wrote are tracked on a stack of (written level, page level).
    /// </summary>
    private static void NormaliseHeadings(MarkdownDocument document)
    {
        var open = new Stack<(int Written, int OnPage)>();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var attributes = heading.GetAttributes();
            if (attributes.Id is { } id && id.StartsWith(TemplateIdPrefix, StringComparison.Ordinal)) attributes.Id = "section-" + id;
            while (open.Count > 0 && open.Peek().Written >= heading.Level) open.Pop();
            var level = Math.Min(open.Count == 0 ? 2 : open.Peek().OnPage + 1, 6);
            open.Push((heading.Level, level));
            heading.Level = level;
        }
    }
}
