using Scriban.Syntax;

namespace StaticMap.Core.Rendering.Templates;

/// <summary>
/// Takes a parsed template's indentation out of what it writes: in each literal part of the template, the spaces and tabs
/// at the start of a line and the blank lines are dropped, once, when the theme is loaded, so that no page carries the
/// templates' indentation (it was 5% of a plan's page bytes, and the chart partial, written dozens of times a page, the
/// most of it) and no pass over the written pages is needed. Every line break stays, so two elements on two lines are
/// still apart by whitespace (a browser shows one space for either, and Pagefind joins the text of neighbouring elements
/// without a space unless the HTML has one: docs/theme.md). The lines inside a literal <c>&lt;pre&gt;</c> or
/// <c>&lt;textarea&gt;</c> keep their spaces, and so does whitespace that does not follow a line break (<c>{{ a }} {{ b }}</c>).
/// The template's source, and so the line and column of a template error, is unchanged.
/// </summary>
public static class TemplateIndentation
{
    /// <summary>Drops the indentation of every literal part of <paramref name="page"/> (a parsed template), in place.</summary>
    public static void Remove(ScriptPage page) => new Remover().Visit(page);

    /// <summary>One literal text without its lines' indentation and blank lines; <paramref name="preformatted"/> says whether the
    /// text starts inside a <c>&lt;pre&gt;</c> or <c>&lt;textarea&gt;</c>, and on return whether it ends inside one;
    /// <paramref name="atLineStart"/>, whether it starts a line of the template (after a <c>~}}</c> that took the line break).</summary>
    public static string Unindent(string text, ref bool preformatted, bool atLineStart = false)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var lineStart = atLineStart;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '<') preformatted = Opens(text, i) || (preformatted && !Closes(text, i));
            if (lineStart && !preformatted && (c is ' ' or '\t' or '\r' or '\n')) continue;
            lineStart = c == '\n';
            builder.Append(c);
        }
        return builder.Length == text.Length ? text : builder.ToString();
    }

    private static bool Opens(string text, int at) => StartsTag(text, at + 1, "pre") || StartsTag(text, at + 1, "textarea");

    private static bool Closes(string text, int at) =>
        at + 1 < text.Length && text[at + 1] == '/' && (StartsTag(text, at + 2, "pre") || StartsTag(text, at + 2, "textarea"));

    private static bool StartsTag(string text, int at, string name) =>
        string.Compare(text, at, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
        && at + name.Length < text.Length && text[at + name.Length] is '>' or ' ' or '\t' or '\n' or '\r' or '/';

    private sealed class Remover : ScriptVisitor
    {
        private bool _preformatted;

        public override void Visit(ScriptRawStatement node)
        {
            // Scriban keeps a literal as a slice of the template's source; the unindented text is a new one. A literal that
            // starts a line of the source (after '{{~ … ~}}', which takes the spaces and the line break after it, not the next
            // line's indentation) loses its first line's indentation too.
            var slice = node.Text;
            var text = slice.ToString();
            var atLineStart = slice.FullText is { } source && (slice.Index == 0 || source[slice.Index - 1] == '\n');
            var unindented = Unindent(text, ref _preformatted, atLineStart);
            if (!ReferenceEquals(unindented, text)) node.Text = new ScriptStringSlice(unindented);
            base.Visit(node);
        }
    }
}
