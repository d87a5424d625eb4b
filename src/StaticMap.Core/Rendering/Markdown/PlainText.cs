using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticMap.Core.Model;

namespace StaticMap.Core.Rendering.Markdown;

/// <summary>Plain text out of a narrative, for meta descriptions and the search index.</summary>
public static class PlainText
{
    public static string FirstParagraph(MarkdownBody body)
    {
        var paragraph = body.Document.Descendants<ParagraphBlock>().FirstOrDefault(p => p.Parent is MarkdownDocument);
        return paragraph?.Inline is null ? "" : Inlines(paragraph.Inline);
    }

    private static string Inlines(ContainerInline container)
    {
        var sb = new StringBuilder();
        foreach (var inline in container.Descendants<Inline>())
        {
            switch (inline)
            {
                case LiteralInline literal: sb.Append(literal.Content.ToString()); break;
                case CodeInline code: sb.Append(code.Content); break;
                case LineBreakInline: sb.Append(' '); break;
            }
        }
        return sb.ToString().Trim();
    }
}
