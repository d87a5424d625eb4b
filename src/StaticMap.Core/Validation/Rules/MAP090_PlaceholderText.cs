using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;
using StaticMap.Core.Reading.Yaml;

namespace StaticMap.Core.Validation.Rules;

/// <summary>
/// Text marked "TODO:" is a part of the plan still to be written; `staticmap new` puts one in every part it scaffolds.
/// A warning, so a draft with gaps still builds for review, but every gap is listed with its position.
/// </summary>
public sealed class PlaceholderText() : DiagnosticCode("MAP090", "validate", "Placeholder text still in the plan or a site page", Severity.Warning,
    help: "Text that starts with 'TODO:' marks a part of the plan still to be written; 'staticmap new' puts one in every part, and the site pages of input/ have them where only the publisher can write the text (its name, contact address and accessibility testing). Write that part in your own words, following the instruction after 'TODO:', and delete the marker. A site without input/accessibility.md publishes StaticMap's default statement, with this warning until it has its own."), IPlanRule, ISiteRule
{
    public static readonly PlaceholderText Instance = new();

    /// <summary>The marker, case-sensitive, so that ordinary prose ("a to-do: list") is never taken for a placeholder.</summary>
    public const string Marker = "TODO:";

    private const int MaxQuoted = 90;

    /// <summary>The plan alone.</summary>
    public RuleInputs Reads => RuleInputs.None;

    /// <summary>The plan's YAML (plan.yml and every front matter) and its narratives.</summary>
    public void Check(Plan plan, ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var yaml in plan.Yaml) CheckYaml(yaml, diagnostics);
        foreach (var body in MarkdownInspector.Bodies(plan)) CheckBody(body, diagnostics);
    }

    /// <summary>The site pages of input/ (front matter and text: the pages a new repository starts from hold placeholders
    /// for the publisher's name, contact and testing), and the default accessibility statement a site without its own gets.</summary>
    public void Check(ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var yaml in context.Site.PageYaml) CheckYaml(yaml, diagnostics);
        foreach (var page in context.Site.Pages)
        {
            if (page.IsDefault)
                diagnostics.Add(At(new SourceSpan(page.Path, 1, 1),
                    $"the site has no {page.Path}, so it publishes StaticMap's default accessibility statement, which names no contact and no testing of your own; write {page.Path} (start from the repository's, see docs/authoring.md)"));
            else CheckBody(page.Body, diagnostics, "the page");
        }
    }

    private void CheckBody(MarkdownBody body, DiagnosticBag diagnostics, string what = "the narrative")
    {
        var lines = body.Markdown.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            // A sentence that runs on to the next line of its paragraph is quoted to the end of this line, marked as cut.
            var continues = i + 1 < lines.Length && lines[i + 1].Trim().Length > 0;
            for (var at = lines[i].IndexOf(Marker, StringComparison.Ordinal); at >= 0; at = lines[i].IndexOf(Marker, at + 1, StringComparison.Ordinal))
            {
                diagnostics.Add(At(new SourceSpan(body.Path, body.FirstLine + i, at + 1),
                    what == "the narrative"
                        ? $"the narrative still holds placeholder text ({Quote(lines[i][at..], continues)}); write this part of the plan and delete '{Marker}'"
                        : $"{what} still holds placeholder text ({Quote(lines[i][at..], continues)}); write it for your site and delete '{Marker}'"));
            }
        }
    }

    /// <summary>
    /// Reports placeholders in the text values of a front matter or plan.yml, from the YAML text parsing kept, so no file
    /// is read twice.
    /// </summary>
    private void CheckYaml(YamlText yaml, DiagnosticBag diagnostics)
    {
        if (!yaml.Text.Contains(Marker, StringComparison.Ordinal)) return;
        var (path, firstLine) = (yaml.Path, yaml.FirstLine);
        var lines = yaml.Text.Split('\n');
        foreach (var (scalar, field) in Texts(yaml.Root, ""))
        {
            // Values are searched in the text as written, from where the scalar starts, so quotes and folded lines keep exact columns.
            var line = scalar.Span.Line - firstLine;
            var column = scalar.Span.Column - 1;
            var inValue = 0;
            while ((inValue = scalar.Value.IndexOf(Marker, inValue, StringComparison.Ordinal)) >= 0 && line < lines.Length)
            {
                var found = lines[line].IndexOf(Marker, column, StringComparison.Ordinal);
                if (found < 0)
                {
                    line++;
                    column = 0;
                    continue;
                }
                diagnostics.Add(At(new SourceSpan(path, line + firstLine, found + 1),
                    $"'{field}' still holds placeholder text ({Quote(scalar.Value[inValue..])}); write it and delete '{Marker}'"));
                column = found + Marker.Length;
                inValue += Marker.Length;
            }
        }
    }

    /// <summary>Every text value of the front matter (keys and comments excluded) with its path, e.g. "coalition[1].name".</summary>
    private static IEnumerable<(YamlScalar Scalar, string Field)> Texts(YamlNode node, string field) => node switch
    {
        YamlScalar s => [(s, field)],
        YamlSequence list => list.Items.SelectMany((item, i) => Texts(item, $"{field}[{i + 1}]")),
        YamlMapping map => map.Entries.SelectMany(e => Texts(e.Value, field.Length == 0 ? e.Key.Value : $"{field}.{e.Key.Value}")),
        _ => [],
    };

    /// <summary>The placeholder as the author will recognise it: one line, cut at a word when long, and marked as cut when
    /// its text goes on (<paramref name="continues"/>: the narrative's paragraph goes on to the next line).</summary>
    private static string Quote(string fromMarker, bool continues = false)
    {
        var text = string.Join(' ', fromMarker.Split((char[])['\n', '\r', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
        if (text.Length > MaxQuoted)
        {
            var cut = text.LastIndexOf(' ', MaxQuoted);
            text = text[..(cut > Marker.Length ? cut : MaxQuoted)] + "...";
        }
        else if (continues)
            text += "...";
        return $"\"{text}\"";
    }
}
