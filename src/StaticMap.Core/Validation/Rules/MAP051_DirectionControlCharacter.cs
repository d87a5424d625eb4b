using System.Buffers;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;
using StaticMap.Core.Reading.Yaml;

namespace StaticMap.Core.Validation.Rules;

/// <summary>
/// The invisible Unicode direction controls (embeddings, overrides and isolates, U+202A–U+202E and U+2066–U+2069)
/// make text display in another order than the one it is stored and read in: a title can show one thing and say
/// another ("Trojan Source"). They are refused in the one-line text fields of plan.yml and front matter: titles,
/// names, labels, roles, and in the links of narratives (their text and address), where a link could show one
/// address and lead to another. The marks U+200E and U+200F, which right-to-left text may need, stay allowed, and so do
/// the controls in multi-line values and in a narrative's prose outside links, where right-to-left prose may use them.
/// </summary>
public sealed class DirectionControlCharacter() : DiagnosticCode("MAP051", "validate", "Invisible direction-control character in a text field or link",
    help: "A one-line text field of plan.yml or front matter (a title, name or label), or a link in a narrative (its text or address), contains an invisible character that reorders the text on screen (U+202A–U+202E, U+2066–U+2069). Delete it: most editors show it as <U+202E> or not at all, so retype the value if you cannot see it. To mark right-to-left text, U+200F (right-to-left mark) is allowed."), IPlanRule, ISiteRule
{
    public static readonly DirectionControlCharacter Instance = new();

    private static readonly SearchValues<char> Controls = SearchValues.Create("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    public static bool IsDirectionControl(char c) => Controls.Contains(c);

    /// <summary>The character's Unicode name, for the message.</summary>
    public static string NameOf(char c) => c switch
    {
        '\u202A' => "LEFT-TO-RIGHT EMBEDDING",
        '\u202B' => "RIGHT-TO-LEFT EMBEDDING",
        '\u202C' => "POP DIRECTIONAL FORMATTING",
        '\u202D' => "LEFT-TO-RIGHT OVERRIDE",
        '\u202E' => "RIGHT-TO-LEFT OVERRIDE",
        '\u2066' => "LEFT-TO-RIGHT ISOLATE",
        '\u2067' => "RIGHT-TO-LEFT ISOLATE",
        '\u2068' => "FIRST STRONG ISOLATE",
        _ => "POP DIRECTIONAL ISOLATE",
    };

    public Diagnostic Create(SourceSpan at, string field, char c) => At(at,
        $"'{field}' contains the invisible direction-control character U+{(int)c:X4} ({NameOf(c)}), which makes the text show " +
        $"in another order than it reads; remove the invisible direction-control character U+{(int)c:X4} " +
        "(retype the value if your editor does not show it)");

    /// <summary>The plan alone.</summary>
    public RuleInputs Reads => RuleInputs.None;

    /// <summary>The plan's YAML: plan.yml and every front matter; and the links of its narratives.</summary>
    public void Check(Plan plan, ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var yaml in plan.Yaml) CheckYaml(yaml, diagnostics);
        foreach (var body in MarkdownInspector.Bodies(plan)) CheckLinks(body, diagnostics);
    }

    /// <summary>The front matter of the site pages of input/, and the links of their narratives.</summary>
    public void Check(ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var yaml in context.Site.PageYaml) CheckYaml(yaml, diagnostics);
        foreach (var page in context.Site.Pages) CheckLinks(page.Body, diagnostics);
    }

    /// <summary>Every direction control in a link of a narrative (text and address, as written), at the character.</summary>
    private void CheckLinks(MarkdownBody body, DiagnosticBag diagnostics)
    {
        var text = body.Markdown;
        if (text.AsSpan().IndexOfAny(Controls) < 0) return;
        var spans = MarkdownInspector.Links(body).Select(l => (l.Span.Start, l.Span.End))
            .Concat(MarkdownInspector.Autolinks(body).Select(l => (l.Span.Start, l.Span.End)));
        var reported = new HashSet<int>();
        foreach (var (start, end) in spans)
        {
            if (start < 0 || end < start) continue;
            for (var i = start; i <= end && i < text.Length; i++)
            {
                if (IsDirectionControl(text[i]) && reported.Add(i))
                    diagnostics.Add(At(MarkdownInspector.SpanAt(body, i),
                        $"a link contains the invisible direction-control character U+{(int)text[i]:X4} ({NameOf(text[i])}), which makes the link " +
                        $"show in another order than it reads (and can hide where it leads); remove the invisible direction-control character U+{(int)text[i]:X4} " +
                        "(retype the link if your editor does not show it)"));
            }
        }
    }

    /// <summary>
    /// Reports the direction controls in the one-line text values of a front matter or plan.yml, at the character, from
    /// the YAML text parsing kept.
    /// </summary>
    private void CheckYaml(YamlText yaml, DiagnosticBag diagnostics)
    {
        // Written as they are, or as a double-quoted escape ("\u202E"): without either, there is nothing to look for.
        if (yaml.Text.AsSpan().IndexOfAny(Controls) < 0 && !yaml.Text.Contains('\\')) return;
        var (path, firstLine) = (yaml.Path, yaml.FirstLine);
        var lines = yaml.Text.Split('\n');
        foreach (var (scalar, field) in Texts(yaml.Root, ""))
        {
            if (scalar.Value.AsSpan().IndexOfAny(Controls) < 0 || scalar.Value.Trim().Contains('\n')) continue;
            // Searched in the text as written, from where the scalar starts; a control written as an escape ("\u202E")
            // is not in the text, and is reported at the start of the value.
            var wanted = scalar.Value.Count(IsDirectionControl);
            var line = scalar.Span.Line - firstLine;
            var column = scalar.Span.Column - 1;
            var found = 0;
            for (; line >= 0 && line < lines.Length && found < wanted && line <= scalar.Span.Line - firstLine + 20; line++, column = 0)
            {
                for (var i = Math.Max(0, column); i < lines[line].Length && found < wanted; i++)
                {
                    if (!IsDirectionControl(lines[line][i])) continue;
                    diagnostics.Add(Create(new SourceSpan(path, line + firstLine, i + 1), field, lines[line][i]));
                    found++;
                }
            }
            if (found == 0) diagnostics.Add(Create(scalar.Span, field, scalar.Value.First(IsDirectionControl)));
        }
    }

    /// <summary>Every text value with its path, e.g. "coalition[1].name" (a key with a control in it is an unknown field, MAP015).</summary>
    private static IEnumerable<(YamlScalar Scalar, string Field)> Texts(YamlNode node, string field) => node switch
    {
        YamlScalar s => [(s, field.Length == 0 ? "value" : field)],
        YamlSequence list => list.Items.SelectMany((item, i) => Texts(item, $"{field}[{i + 1}]")),
        YamlMapping map => map.Entries.SelectMany(e => Texts(e.Value, field.Length == 0 ? e.Key.Value : $"{field}.{e.Key.Value}")),
        _ => [],
    };
}
