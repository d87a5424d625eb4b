using System.Globalization;
using System.Text;
using StaticMap.Core.Model;
using StaticMap.Core.Parsing;
using StaticMap.Core.Progress;
using StaticMap.Core.Reading;
using StaticMap.Core.Rendering;
using StaticMap.Core.Validation.Rules;

namespace StaticMap.Core.Scaffolding;

/// <summary>
/// Writes plans/&lt;plan-id&gt;/progress/&lt;year&gt;.md for the next annual report: an update for every indicator of the
/// measurement plan, with last year's value and status as YAML comments, "TODO:" placeholders (MAP090), and the
/// narrative's headings (guide Step 10); and, for each language the plan is translated into, progress/&lt;year&gt;.&lt;lang&gt;.md.
/// A value the Mobility Metrics give is never typed in: 'value' is left out, so the build fills it in with its data year
/// (a comment names the year). No status is carried over: left out, it is computed from the numbers at build, until the
/// coalition sets one.
/// </summary>
/// <summary>What <see cref="ProgressScaffold.Create"/> needs of the site: its plans, as a check reads them, and the data.</summary>
public sealed record ScaffoldSite(IReadOnlyList<Plan> Plans, StaticMap.Core.Metrics.MetricsContext Metrics);

public static class ProgressScaffold
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    /// <param name="site">The plans as a check reads them (values from the data filled in) and the data; null when the
    /// repository cannot be read. Asked only once the report's path is known to be free. The pipeline hands it over
    /// (<c>SiteBuilder.Progress</c>): a scaffold never runs the build itself.</param>
    public static ScaffoldResult Create(string root, string planId, int year, Func<ScaffoldSite?> site)
    {
        var folder = $"plans/{planId}";
        var path = $"{folder}/progress/{year.ToString(CultureInfo.InvariantCulture)}.md";
        ScaffoldResult Invalid(string problem) => new(ScaffoldOutcome.InvalidInput, folder, [], [problem]);
        if (year is < FirstYear or > LastYear) return Invalid($"year {year} is not between {FirstYear} and {LastYear}");
        var writer = new RepositoryWriter(root);
        var full = Path.Combine(writer.Root, path.Replace('/', Path.DirectorySeparatorChar));
        // A linked plans/, plan folder or progress/ (in or out of the repository) is MAP066, as the build reports it.
        if (writer.Refusal(full) is { } refusal) return PlanScaffold.Refused(folder, refusal);
        if (RepositoryWriter.Exists(full))
            return new ScaffoldResult(ScaffoldOutcome.AlreadyExists, folder, [],
                [$"{path} already exists; edit it, or delete it first to start again (nothing was written)"]);
        var validated = site();
        var plan = validated?.Plans.FirstOrDefault(p => p.Id == planId);
        if (plan is null)
        {
            var ids = validated?.Plans.Select(p => p.Id).ToList() ?? [];
            return Invalid($"there is no plan '{planId}' in plans/" + (ids.Count > 0 ? $"; the plans are {string.Join(", ", ids)}" : ""));
        }
        var files = new List<(string Path, string Text)> { (path, Text(plan, year, validated!.Metrics)) };
        foreach (var language in plan.Metadata.Translations.Select(l => l.Value).Distinct(StringComparer.OrdinalIgnoreCase))
            files.Add(($"{folder}/progress/{year.ToString(CultureInfo.InvariantCulture)}.{language}.md", TranslationText(plan, year, language)));
        var written = new List<string>();
        foreach (var (file, text) in files)
        {
            var at = Path.Combine(writer.Root, file.Replace('/', Path.DirectorySeparatorChar));
            // A translation already started is kept; the report itself was checked above.
            if (written.Count > 0 && RepositoryWriter.Exists(at)) continue;
            try
            {
                writer.WriteNew(at, text);
                written.Add(file);
            }
            catch (RefusedFileException ex)
            {
                return PlanScaffold.Refused(folder, ex.Diagnostic);
            }
            catch (IOException) when (RepositoryWriter.Exists(at))
            {
                if (written.Count == 0) return new ScaffoldResult(ScaffoldOutcome.AlreadyExists, folder, [], [$"{file} already exists; nothing was written"]);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return new ScaffoldResult(ScaffoldOutcome.WriteFailed, folder, written, [$"could not write {file}: {ex.Message}"]);
            }
        }
        return new ScaffoldResult(ScaffoldOutcome.Created, folder, written, []);
    }

    /// <summary>The report's text; <paramref name="plan"/> has its values from the data already filled in.</summary>
    public static string Text(Plan plan, int year, Metrics.MetricsContext metrics)
    {
        var previous = plan.Progress.Where(r => r.Year < year).MaxBy(r => r.Year);
        var fips = Metrics.PlanMetrics.Fips(plan);
        var sb = new StringBuilder();
        sb.Append("---\n# yaml-language-server: $schema=../../../schemas/progress.schema.json\n");
        sb.Append(CultureInfo.InvariantCulture, $"year: {year}\n");
        // Unfinished until the coalition says otherwise: build leaves a draft report out (serve and build --drafts show it).
        sb.Append("draft: true # remove this line when the report is ready to publish\n");
        var indicators = plan.MeasurementPlan?.Indicators ?? [];
        if (indicators.IsEmpty) sb.Append("updates: []\n");
        else sb.Append("updates:\n");
        foreach (var indicator in indicators.DistinctBy(i => i.Id))
        {
            sb.Append(CultureInfo.InvariantCulture, $"  # {OneLine(indicator.Name)}{Describe(indicator)}\n");
            var last = previous?.Updates.FirstOrDefault(u => u.Indicator.Value == indicator.Id);
            sb.Append(last is null
                ? $"  # {(previous is null ? "no earlier report" : $"not reported in {previous.Year}")}\n"
                : $"  # {previous!.Year}: {(last.Value is { } v ? (last.ValueSource is null ? v.Text : AsOnPage(v.Number, indicator)) + ", " : "no value, ")}{Vocabularies.ProgressStatus.WordOf[last.Status]}{(last.ValueSource is { } s ? $" ({s})" : "")}\n");
            sb.Append(CultureInfo.InvariantCulture, $"  - indicator: {indicator.Id}\n");
            var known = fips is null ? null : Known(indicator, fips, year, metrics);
            if (known is { } k)
            {
                // A reference to the data, never a typed number: the build fills the value in as the value of its data year.
                var lastYear = last is { Value: not null, ValueYear: { } y } ? y : (int?)null;
                sb.Append(
                    $"    # value: left out, filled in at build from {DataValues.Source(k.Year)} (the latest data: {AsOnPage(k.Scaled, indicator)} in {k.Year})" +
                    (lastYear >= k.Year ? $"; no newer data than the {previous!.Year} report's, and the page says so\n" : "\n"));
            }
            else
                sb.Append($"    # value: a plain number (no % or $ sign)\n");
            sb.Append(StatusComment(indicator, known is not null));
            sb.Append(known is not null
                ? $"    note: \"{PlaceholderText.Marker} say what this value means for the plan, or delete the note\"\n"
                : $"    note: \"{PlaceholderText.Marker} add this year's 'value', set 'status' if you judge it, and say what happened\"\n");
        }
        sb.Append("---\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"{PlaceholderText.Marker} in two or three sentences, what the coalition did in {year} and where the plan stands.\n\n");
        foreach (var (heading, what) in new[]
                 {
                     ("Early wins", "what went well this year: the first results residents can see."),
                     ("Lessons learned", "what did not work as planned, and what the coalition learned from it."),
                     ("Changes to strategy", "what the coalition will do differently next year, and why."),
                 })
            sb.Append(CultureInfo.InvariantCulture, $"## {heading}\n\n{PlaceholderText.Marker} {what}\n\n");
        return sb.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>Last year's status is never carried forward: the coalition sets this year's, or the build computes it.</summary>
    private static string StatusComment(Indicator indicator, bool hasValue) =>
        indicator is { Baseline: not null, Target: not null }
            ? "    # status: left out, computed from the numbers at build; coalition: set status (not-started, on-track, at-risk, off-track or achieved) where you judge otherwise\n"
            : "    # status: coalition: set status (not-started, on-track, at-risk, off-track or achieved); without a baseline and a target none can be computed\n";

    /// <summary>The draft of the report's translation into <paramref name="language"/>: the notes and narrative to translate.</summary>
    public static string TranslationText(Plan plan, int year, string language)
    {
        var spanish = language.StartsWith("es", StringComparison.OrdinalIgnoreCase);
        var sb = new StringBuilder();
        sb.Append("---\n# yaml-language-server: $schema=../../../schemas/progress-translation.schema.json\n");
        sb.Append(CultureInfo.InvariantCulture, $"year: {year}\n");
        sb.Append(spanish
            ? "draft: true # borre esta línea cuando el informe esté listo para publicarse\n"
            : "draft: true # remove this line when the report is ready to publish (the translation follows the report's draft line)\n");
        sb.Append(
            $"# The translation of {year}.md: each update is matched by its indicator and takes its value and status from {year}.md;\n" +
            "# translate the notes (an update without a note needs no entry here) and the narrative below.\n");
        var indicators = (plan.MeasurementPlan?.Indicators ?? []).DistinctBy(i => i.Id).ToList();
        if (indicators.Count == 0) sb.Append("updates: []\n");
        else sb.Append("updates:\n");
        foreach (var indicator in indicators)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  - indicator: {indicator.Id}\n");
            sb.Append(spanish
                ? $"    note: \"{PlaceholderText.Marker} traduzca la nota de {year}.md, o borre esta entrada si no tiene nota\"\n"
                : $"    note: \"{PlaceholderText.Marker} translate the note of {year}.md into '{language}', or delete this entry if it has none\"\n");
        }
        sb.Append("---\n\n");
        var headings = spanish
            ? new[] { ("Logros tempranos", "lo que salió bien este año"), ("Lecciones aprendidas", "lo que no salió como se esperaba"), ("Cambios en la estrategia", "lo que la coalición hará de otra manera") }
            : new[] { ("Early wins", "what went well this year"), ("Lessons learned", "what did not work as planned"), ("Changes to strategy", "what the coalition will do differently") };
        sb.Append(spanish
            ? $"{PlaceholderText.Marker} traduzca el resumen de {year}.md.\n\n"
            : $"{PlaceholderText.Marker} translate the summary of {year}.md into '{language}', and the headings below.\n\n");
        foreach (var (heading, what) in headings)
            sb.Append(CultureInfo.InvariantCulture, $"## {heading}\n\n{PlaceholderText.Marker} {what}.\n\n");
        return sb.ToString().TrimEnd('\n') + "\n";
    }

    private static UrbanValue? Known(Indicator indicator, string fips, int year, Metrics.MetricsContext metrics)
    {
        return indicator.Metric is null ? null : DataValues.Latest(indicator, fips, year, metrics);
    }

    private static string Describe(Indicator indicator)
    {
        var parts = new List<string>();
        if (indicator.Unit is { Length: > 0 } unit) parts.Add(OneLine(unit));
        if (indicator.Baseline is { } b) parts.Add($"baseline {b.Value.Text} in {b.Year}");
        if (indicator.Target is { } t) parts.Add($"target {t.Value.Text} by {t.Year}");
        if (indicator.Metric is { } m) parts.Add($"Mobility Metric {m.Value}");
        return parts.Count == 0 ? "" : $" ({string.Join("; ", parts)})";
    }

    private static string OneLine(string text) => string.Join(' ', text.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A value from the data as the site writes it in the indicator's unit ("71.0%" for a proportion of 0.71, "80.4%",
    /// "$41,197"): it is not typed into the report, so it is read as the reader reads it; the coalition's own values, which it
    /// types, are quoted as written.</summary>
    private static string AsOnPage(double value, Indicator indicator) => Numbers.PlainNumber.AsOnPage(value, indicator.Unit);
}
