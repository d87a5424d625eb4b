using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;
using SourceSpan = StaticMap.Core.Diagnostics.SourceSpan;

namespace StaticMap.Core.Validation.Rules;

/// <summary>
/// Raw HTML that opens an element a browser reads as text up to its closing tag (title, textarea, style, script, xmp,
/// iframe, noembed, noframes, noscript, pre), or plaintext, or a comment, and never closes it: everything after it
/// (paragraphs, headings, charts' links) would become part of that element, and the sanitiser drops it, so the rest of
/// the narrative would silently vanish from the page. An error at the tag, since nothing after it would be published.
/// </summary>
public sealed partial class UnclosedRawHtml() : MarkdownRule("MAP057", "Raw HTML left open would hide the rest of the text",
    help: "An unclosed <title>, <textarea>, <style>, <script>, <xmp>, <iframe>, <noembed>, <noframes>, <noscript> or <pre>, a <plaintext>, or an HTML comment without its '-->' turns everything after it into that element's text, which is then removed: the rest of the narrative, headings included, would not be published. Close the element, or write the tag as text with a backslash: \\<title>.")
{
    public static readonly UnclosedRawHtml Instance = new();

    /// <summary>The elements whose content the HTML parser reads as text up to their closing tag (or, for plaintext, to the end).</summary>
    [GeneratedRegex(@"<(?<name>title|textarea|style|script|xmp|iframe|noembed|noframes|noscript|plaintext|pre)(?=[\s/>]|$)|<!--", RegexOptions.IgnoreCase)]
    private static partial Regex Opening();

    /// <summary>The narratives of the plan alone.</summary>
    public override RuleInputs Reads => RuleInputs.None;

    public override void CheckBody(MarkdownBody body, ValidationContext context, DiagnosticBag diagnostics)
    {
        var nodes = MarkdownInspector.RawHtml(body).OrderBy(n => n.Span.Start).Select(n => (Node: n, Text: MarkdownInspector.RawHtmlText(n))).ToList();
        for (var i = 0; i < nodes.Count; i++)
        {
            foreach (Match open in Opening().Matches(nodes[i].Text))
            {
                var name = open.Groups["name"].Success ? open.Groups["name"].Value.ToLowerInvariant() : null;
                var closing = name is null ? "-->" : "</" + name;
                var after = open.Index + open.Length;
                var closed = name != "plaintext" && (nodes[i].Text.IndexOf(closing, after, StringComparison.OrdinalIgnoreCase) >= 0
                    || nodes.Skip(i + 1).Any(n => n.Text.Contains(closing, StringComparison.OrdinalIgnoreCase)));
                if (closed) continue;
                // The first one hides everything after it, later ones included: one diagnostic per narrative.
                diagnostics.Add(At(Position(body, nodes[i].Node, open.Index), Message(name)));
                return;
            }
        }
    }

    private static string Message(string? name) => name switch
    {
        null => "this HTML comment ('<!--') is never closed with '-->', so the rest of the narrative, headings included, would be hidden from the page; close the comment with '-->' or write it as text: `\\<!--`",
        "plaintext" => "<plaintext> turns everything after it into plain text and cannot be closed, so the rest of the narrative, headings included, would disappear from the page; remove it or write it as text: `\\<plaintext>`",
        _ => $"this <{name}> is never closed, so the rest of the narrative, headings included, would become its text and disappear from the page; close the <{name}> element (</{name}>) or write it as text: `\\<{name}>`",
    };

    /// <summary>The tag's '&lt;' in the narrative: its line in the block and its column in the source line.</summary>
    private static SourceSpan Position(MarkdownBody body, MarkdownObject node, int index)
    {
        if (node is HtmlBlock block)
        {
            var offset = 0;
            for (var l = 0; l < block.Lines.Count; l++)
            {
                var line = block.Lines.Lines[l];
                var length = line.Slice.Length;
                if (index <= offset + length)
                {
                    var inSource = ReferenceEquals(line.Slice.Text, body.Markdown);
                    var column = inSource ? ColumnIn(body.Markdown, line.Slice.Start + index - offset) : Math.Max(0, block.Column) + 1;
                    return new SourceSpan(body.Path, body.FirstLine + line.Line, column);
                }
                offset += length + 1; // the '\n' RawHtmlText puts between lines
            }
        }
        if (node is HtmlInline inline && inline.Span.Start >= 0)
        {
            var absolute = inline.Span.Start + index;
            var lines = body.Markdown.AsSpan(0, Math.Min(absolute, body.Markdown.Length)).Count('\n');
            return new SourceSpan(body.Path, body.FirstLine + lines, ColumnIn(body.Markdown, absolute));
        }
        return MarkdownInspector.SpanOf(body, node);
    }

    private static int ColumnIn(string markdown, int absolute)
    {
        absolute = Math.Clamp(absolute, 0, markdown.Length);
        var lineStart = absolute == 0 ? 0 : markdown.LastIndexOf('\n', absolute - 1) + 1;
        return absolute - lineStart + 1;
    }
}
