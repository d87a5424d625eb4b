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
/// measurement plan, with last year's value and status as YAML comments, values the Mobility Metrics already give
/// filled in, "TODO:" placeholders (MAP090) everywhere else, and the narrative's headings (guide Step 10).
/// </summary>
public static class ProgressScaffold
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    public static ScaffoldResult Create(string root, string planId, int year)
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
        var (validated, _) = SiteBuilder.Check(root, new SiteOptions(IncludeDrafts: true));
        var plan = validated?.Site.Plans.FirstOrDefault(p => p.Id == planId);
        if (plan is null)
        {
            var ids = validated?.Site.Plans.Select(p => p.Id).ToList() ?? [];
            return Invalid($"there is no plan '{planId}' in plans/" + (ids.Count > 0 ? $"; the plans are {string.Join(", ", ids)}" : ""));
        }
        var text = Text(plan, year, validated!.Metrics);
        try
        {
            writer.WriteNew(full, text);
        }
        catch (RefusedFileException ex)
        {
            return PlanScaffold.Refused(folder, ex.Diagnostic);
        }
        catch (IOException) when (RepositoryWriter.Exists(full))
        {
            return new ScaffoldResult(ScaffoldOutcome.AlreadyExists, folder, [], [$"{path} already exists; nothing was written"]);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new ScaffoldResult(ScaffoldOutcome.WriteFailed, folder, [], [$"could not write {path}: {ex.Message}"]);
        }
        return new ScaffoldResult(ScaffoldOutcome.Created, folder, [path], []);
    }

    /// <summary>The report's text; <paramref name="plan"/> has its values from the data already filled in.</summary>
    public static string Text(Plan plan, int year, Metrics.MetricsContext metrics)
    {
        var previous = plan.Progress.Where(r => r.Year < year).MaxBy(r => r.Year);
        var fips = Metrics.PlanMetrics.Fips(plan);
        var sb = new StringBuilder();
        sb.Append("---\n# yaml-language-server: $schema=../../../schemas/progress.schema.json\n");
        sb.Append(CultureInfo.InvariantCulture, $"year: {year}\n");
        var indicators = plan.MeasurementPlan?.Indicators ?? [];
        if (indicators.IsEmpty) sb.Append("updates: []\n");
        else sb.Append("updates:\n");
        foreach (var indicator in indicators.DistinctBy(i => i.Id))
        {
            sb.Append(CultureInfo.InvariantCulture, $"  # {OneLine(indicator.Name)}{Describe(indicator)}\n");
            var last = previous?.Updates.FirstOrDefault(u => u.Indicator.Value == indicator.Id);
            sb.Append(last is null
                ? $"  # {(previous is null ? "no earlier report" : $"not reported in {previous.Year}")}\n"
                : $"  # {previous!.Year}: {(last.Value is { } v ? v.Text + ", " : "no value, ")}{Vocabularies.ProgressStatus.WordOf[last.Status]}{(last.ValueSource is { } s ? $" ({s})" : "")}\n");
            sb.Append(CultureInfo.InvariantCulture, $"  - indicator: {indicator.Id}\n");
            var known = fips is null ? null : Known(indicator, fips, year, metrics);
            if (known is { } k)
            {
                sb.Append(CultureInfo.InvariantCulture, $"    value: {StrictNumber(k.Scaled)}  # {DataValues.Source(k.Year)}\n");
                var computed = StatusByNumbers.Compute(indicator, year, k.Scaled); // the check reads a written value as the report year's
                var status = computed?.Status ?? last?.Status ?? ProgressStatus.NotStarted;
                sb.Append(CultureInfo.InvariantCulture, $"    status: {Vocabularies.ProgressStatus.WordOf[status]}{(computed is null ? "" : "  # by the numbers; change it if you judge otherwise")}\n");
                sb.Append($"    note: \"{PlaceholderText.Marker} say what this value means for the plan, or delete the note\"\n");
            }
            else
            {
                sb.Append($"    # value: a plain number (no % or $ sign)\n");
                sb.Append(CultureInfo.InvariantCulture, $"    status: {Vocabularies.ProgressStatus.WordOf[last?.Status ?? ProgressStatus.NotStarted]}  # not-started, on-track, at-risk, off-track or achieved\n");
                sb.Append($"    note: \"{PlaceholderText.Marker} add this year's 'value', set 'status' and say what happened\"\n");
            }
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

    private static string StrictNumber(double value) => Numbers.StrictNumber.Format(value);
}
