using System.Text.Json.Nodes;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Rendering.Charts;

namespace StaticMap.Core.Pipeline;

/// <summary>A plan on one side only: its id and the place it is for.</summary>
public sealed record PlanRef(string Id, string Place);

/// <summary>A progress report on one side only.</summary>
public sealed record ReportChange(string PlanId, string Place, int Year, bool Added)
{
    /// <summary>"Test County: progress report 2025 added".</summary>
    public string Sentence => $"{Place}: progress report {Year} {(Added ? "added" : "removed")}";
}

/// <summary>
/// An indicator's update in one report year whose status, value or status by the numbers differs between the sides. Values
/// are formatted as the site shows them (<see cref="ChartFormat"/>, the indicator's unit); statuses are the authoring words
/// (on-track). A null before (after) means the update is new (gone).
/// </summary>
public sealed record IndicatorChange(
    string PlanId, string Place, string Indicator, string Name, int Year,
    string? StatusBefore, string? StatusAfter, string? ValueBefore, string? ValueAfter,
    string? ComputedBefore, string? ComputedAfter, bool Added, bool Removed,
    string? SourceBefore = null, string? SourceAfter = null)
{
    /// <summary>"Alameda County: 'Median household income' 2025: status on-track → at-risk; value 89,000 → 91,500".</summary>
    public string Sentence
    {
        get
        {
            var head = $"{Place}: '{Name}' {Year}: ";
            if (Added) return head + "new update, " + Join(Part("status", StatusAfter), ValueAfter is null ? null : Part("value", ValueAfter) + From(SourceAfter), Part("by the numbers", ComputedAfter));
            if (Removed) return head + "update removed (was " + Join(Part("status", StatusBefore), Part("value", ValueBefore)) + ")";
            var source = SourceAfter == SourceBefore ? ""
                : SourceAfter is not null ? From(SourceAfter)
                : ValueAfter is not null ? " (now as the report writes it)" : "";
            var value = Moved("value", ValueBefore, ValueAfter) ?? (source.Length > 0 ? $"value {ValueAfter}" : null);
            return head + Join(Moved("status", StatusBefore, StatusAfter), value is null ? null : value + source,
                Moved("by the numbers", ComputedBefore, ComputedAfter));
        }
    }

    private static string? Part(string what, string? value) => value is null ? null : $"{what} {value}";

    /// <summary>" (from Urban Institute, Mobility Metrics, 2023)" for a value the data gave.</summary>
    private static string From(string? source) => source is null ? "" : $" (from {source})";

    private static string? Moved(string what, string? before, string? after) =>
        before == after ? null : $"{what} {before ?? "none"} → {after ?? "none"}";

    private static string Join(params string?[] parts) => string.Join("; ", parts.Where(p => p is not null));
}

/// <summary>Pages added, removed and changed (their HTML differs), by URL, in order.</summary>
public sealed record PageChanges(IReadOnlyList<string> Added, IReadOnlyList<string> Removed, IReadOnlyList<string> Changed, int Unchanged)
{
    public bool Any => Added.Count + Removed.Count + Changed.Count > 0;
}

/// <summary>
/// What a change to the repository does to the public site (<c>staticmap diff</c>): the two sides' plan.json documents and
/// pages compared. Only the comparison; the command line formats it.
/// </summary>
/// <param name="Pages">Null when either side could not be rendered (it has errors).</param>
/// <param name="NewWarnings">Warnings on the head side that the base side does not have (same code, path and message);
/// every head warning when the base is a built folder, which keeps none (<see cref="BaseHasDiagnostics"/>).</param>
/// <param name="Errors">The head side's errors.</param>
public sealed record SiteDiff(
    PageChanges? Pages,
    IReadOnlyList<PlanRef> PlansAdded,
    IReadOnlyList<PlanRef> PlansRemoved,
    IReadOnlyList<ReportChange> Reports,
    IReadOnlyList<IndicatorChange> Indicators,
    IReadOnlyList<Diagnostic> NewWarnings,
    IReadOnlyList<Diagnostic> Errors,
    bool BaseHasDiagnostics)
{
    public bool HasErrors => Errors.Count > 0;

    /// <summary>Whether anything a reader of the site would see differs.</summary>
    public bool AnyChange => Pages?.Any == true || PlansAdded.Count + PlansRemoved.Count + Reports.Count + Indicators.Count > 0;

    public static SiteDiff Compare(SiteSnapshot baseSide, SiteSnapshot head)
    {
        var added = head.Plans.Keys.Except(baseSide.Plans.Keys).Order(StringComparer.Ordinal).Select(id => new PlanRef(id, Place(head.Plans[id]))).ToList();
        var removed = baseSide.Plans.Keys.Except(head.Plans.Keys).Order(StringComparer.Ordinal).Select(id => new PlanRef(id, Place(baseSide.Plans[id]))).ToList();
        var reports = new List<ReportChange>();
        var indicators = new List<IndicatorChange>();
        foreach (var id in head.Plans.Keys.Intersect(baseSide.Plans.Keys).Order(StringComparer.Ordinal))
            ComparePlan(id, baseSide.Plans[id], head.Plans[id], reports, indicators);

        PageChanges? pages = null;
        if (baseSide.Pages is { } before && head.Pages is { } after)
        {
            pages = new PageChanges(
                after.Keys.Except(before.Keys).Order(StringComparer.Ordinal).ToList(),
                before.Keys.Except(after.Keys).Order(StringComparer.Ordinal).ToList(),
                after.Keys.Intersect(before.Keys).Where(u => before[u] != after[u]).Order(StringComparer.Ordinal).ToList(),
                after.Keys.Intersect(before.Keys).Count(u => before[u] == after[u]));
        }

        var headDiagnostics = head.Diagnostics ?? [];
        var known = (baseSide.Diagnostics ?? []).Select(Key).ToHashSet();
        var warnings = headDiagnostics.Where(d => !d.IsError && !known.Contains(Key(d))).ToList();
        return new SiteDiff(pages, added, removed, reports, indicators, warnings, headDiagnostics.Where(d => d.IsError).ToList(),
            baseSide.Diagnostics is not null);
    }

    private static (string, string, string) Key(Diagnostic d) => (d.Code, d.Span.Path, d.Message);

    private static void ComparePlan(string id, JsonObject before, JsonObject after, List<ReportChange> reports, List<IndicatorChange> changes)
    {
        var place = Place(after);
        var beforeReports = ReportsOf(before);
        var afterReports = ReportsOf(after);
        var beforeIndicators = IndicatorsOf(before);
        var afterIndicators = IndicatorsOf(after);
        foreach (var year in beforeReports.Keys.Union(afterReports.Keys).Order())
        {
            var inBefore = beforeReports.TryGetValue(year, out var b);
            var inAfter = afterReports.TryGetValue(year, out var a);
            if (inBefore != inAfter) reports.Add(new ReportChange(id, place, year, Added: inAfter));
            var oldUpdates = b ?? [];
            var newUpdates = a ?? [];
            foreach (var indicator in newUpdates.Keys.Concat(oldUpdates.Keys).Distinct(StringComparer.Ordinal))
            {
                oldUpdates.TryGetValue(indicator, out var o);
                newUpdates.TryGetValue(indicator, out var n);
                var unitBefore = beforeIndicators.GetValueOrDefault(indicator)?["unit"]?.GetValue<string>();
                var unitAfter = afterIndicators.GetValueOrDefault(indicator)?["unit"]?.GetValue<string>();
                var name = (afterIndicators.GetValueOrDefault(indicator) ?? beforeIndicators.GetValueOrDefault(indicator))?["name"]?.GetValue<string>() ?? indicator;
                var change = new IndicatorChange(id, place, indicator, name, year,
                    Text(o, "status"), Text(n, "status"), Value(o, unitBefore), Value(n, unitAfter),
                    Text(o, "status_by_numbers"), Text(n, "status_by_numbers"), Added: o is null, Removed: n is null,
                    Text(o, "value_source"), Text(n, "value_source"));
                if (o is null || n is null || change.StatusBefore != change.StatusAfter || change.ValueBefore != change.ValueAfter
                    || change.ComputedBefore != change.ComputedAfter || change.SourceBefore != change.SourceAfter)
                    changes.Add(change);
            }
        }
    }

    /// <summary>The place a plan is for ("Alameda County"), else its title, else its id.</summary>
    private static string Place(JsonObject plan) =>
        plan["jurisdiction"]?["name"]?.GetValue<string>() is { Length: > 0 } name ? name
        : plan["title"]?.GetValue<string>() is { Length: > 0 } title ? title
        : plan["id"]?.GetValue<string>() ?? "";

    /// <summary>Year to indicator id to its update.</summary>
    private static Dictionary<int, Dictionary<string, JsonObject>> ReportsOf(JsonObject plan)
    {
        var reports = new Dictionary<int, Dictionary<string, JsonObject>>();
        foreach (var report in (plan["progress"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (report["year"] is not JsonValue y || !y.TryGetValue<int>(out var year)) continue;
            var updates = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
            foreach (var update in (report["updates"] as JsonArray ?? []).OfType<JsonObject>())
                if (update["indicator"]?.GetValue<string>() is { } indicator) updates.TryAdd(indicator, update);
            reports[year] = updates;
        }
        return reports;
    }

    private static Dictionary<string, JsonObject> IndicatorsOf(JsonObject plan)
    {
        var indicators = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var i in (plan["components"]?["measurement-plan"]?["indicators"] as JsonArray ?? []).OfType<JsonObject>())
            if (i["id"]?.GetValue<string>() is { } id) indicators.TryAdd(id, i);
        return indicators;
    }

    private static string? Text(JsonObject? update, string key) =>
        update?[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    /// <summary>The value as the site writes it ("150 people", "80.9%"); text as written if plan.json holds text.</summary>
    private static string? Value(JsonObject? update, string? unit) => update?["value"] switch
    {
        JsonValue v when v.TryGetValue<double>(out var number) => ChartFormat.FromUnit(unit).Format(number),
        JsonValue v when v.TryGetValue<string>(out var text) => text,
        _ => null,
    };
}
