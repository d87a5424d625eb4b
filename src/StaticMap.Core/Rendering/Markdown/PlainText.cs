using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticMap.Core.Model;

namespace StaticMap.Core.Rendering.Markdown;

/// <summary>Plain text out of a narrative, for meta descriptions and the search index.</summary>
public static class PlainText
{
    /// <summary>The text of the narrative's first paragraph: a fact the parse took from its tree (<see cref="MarkdownFacts"/>),
    /// so no tree is made for it.</summary>
    public static string FirstParagraph(MarkdownBody body) => body.Facts.FirstParagraph;

    /// <summary>The same, for a page that does not render the narrative (the feed's summaries of every plan's reports).</summary>
    public static string FirstParagraphWithoutKeeping(MarkdownBody body) => body.Facts.FirstParagraph;

    /// <summary>
    /// The text of a narrative that reads well on its own, for the plan overview's excerpts: the first paragraph's sentences up to
    /// one that points elsewhere on its page ("Each indicator above…", "…the ones below") or ends with a colon ("…the gaps
    /// remain:"); a paragraph that starts with such a sentence is passed over for the next one.
    /// </summary>
    public static string Excerpt(MarkdownBody body)
    {
        foreach (var paragraph in body.Document.Descendants<ParagraphBlock>().Where(p => p.Parent is MarkdownDocument))
        {
            if (paragraph.Inline is null) continue;
            var kept = new List<string>();
            foreach (var sentence in Sentences(Inlines(paragraph.Inline)))
            {
                if (!StandsAlone(sentence)) break;
                kept.Add(sentence);
            }
            if (kept.Count > 0) return string.Join(" ", kept);
        }
        return "";
    }

    private static readonly string[] Pointers = [" above", " below", "the following", "the table", "this table", "this chart"];

    private static bool StandsAlone(string sentence) =>
        !sentence.EndsWith(':') && !Pointers.Any(p => (" " + sentence).Contains(p, StringComparison.OrdinalIgnoreCase));

    /// <summary>Sentences end with '.', '!' or '?' followed by a space; "e.g. " and "U.S. " are rare enough in excerpts. A colon
    /// inside a sentence ("Housing: rents rose 40%.") is part of it; only the paragraph's last sentence can end with one, where
    /// it introduces what follows (a list) and is left out.</summary>
    private static IEnumerable<string> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || text[i + 1] == ' '))
            {
                yield return text[start..(i + 1)].Trim();
                start = i + 1;
            }
        }
        if (start < text.Length && text[start..].Trim() is { Length: > 0 } rest) yield return rest;
    }

    private static string Inlines(ContainerInline container) => MarkdownFacts.PlainText(container);
}
