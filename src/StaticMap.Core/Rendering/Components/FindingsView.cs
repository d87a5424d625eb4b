using System.Text.Json.Nodes;
using StaticMap.Core.Metrics;
using StaticMap.Core.Model;
using StaticMap.Core.Rendering.Charts;
using StaticMap.Core.Rendering.Views;
using static StaticMap.Core.Rendering.Files.PlanJson;

namespace StaticMap.Core.Rendering.Components;

public sealed record FindingsPage(IReadOnlyList<MetricView> Metrics);

/// <summary>One metric of the findings: what it is, the takeaway, data-quality notes and its charts.</summary>
/// <param name="Charts">The trend (with peers) and each requested breakdown; empty when there are no estimates.</param>
/// <param name="TextValues">For text-valued metrics (Urban's "a:b" ratios), the values as published, by year.</param>
/// <param name="WeakWarning">Set when estimates shown are rated weak by Urban: they should not be used for decisions.</param>
public sealed record MetricView(
    string Key,
    string Anchor,
    string Title,
    string? Takeaway,
    string? Description,
    string? Pillar,
    bool IsLocal,
    IReadOnlyList<ChartSpec> Charts,
    IReadOnlyList<TextValue> TextValues,
    string? WeakWarning,
    string? MarginalNote,
    string Source);

public sealed record TextValue(int Year, string Value, string Quality);

public sealed class FindingsView : IComponentView
{
    public ComponentKind Kind => ComponentKind.Findings;
    public bool ShowsCharts => true;

    public object Build(Plan plan, Component component, RenderContext context)
    {
        var findings = (Findings)component;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        return new FindingsPage(findings.Metrics.Select(m =>
        {
            // The same metric may be shown twice (say, with and without peers); ids must stay unique.
            var n = seen[m.Key] = seen.GetValueOrDefault(m.Key) + 1;
            var key = n == 1 ? m.Key : $"{m.Key}-{n}";
            return Metric(plan, m, key, context);
        }).ToList());
    }

    private static MetricView Metric(Plan plan, MetricReference reference, string key, RenderContext context)
    {
        var metrics = context.Metrics;
        var fips = plan.Metadata.Jurisdiction.Fips;
        var definition = reference.Metric is { } v && metrics.Catalog.TryGet(v.Value, out var d) ? d : null;
        var title = definition?.Name ?? reference.Label ?? reference.Key;
        var local = PlanMetrics.Observations(plan, reference, fips, metrics);
        var place = Formatting.Jurisdiction(plan.Metadata.Jurisdiction);
        var subgroupTypes = PlanMetrics.RequestedSubgroupTypes(reference);
        var shown = local.Where(o => o.SubgroupType == SubgroupNames.AllType || subgroupTypes.Contains(o.SubgroupType)).ToList();

        IReadOnlyList<ChartSpec> charts = [];
        IReadOnlyList<TextValue> texts = [];
        if (definition?.Format == ValueFormat.Text)
        {
            texts = local.Where(o => o.SubgroupType == SubgroupNames.AllType && o.Text is not null)
                .Select(o => new TextValue(o.Year, o.Text!, MetricCharts.Quality(o.Quality))).ToList();
        }
        else
        {
            var peers = reference.ComparePeers && !reference.IsLocal
                ? plan.Metadata.Peers.Where(p => p.Value != fips).Select(p => (
                    Label: metrics.Data.NameOf(p.Value) ?? $"FIPS {p.Value}",
                    Observations: metrics.Data.Get(p.Value, reference.Metric!.Value.Value))).ToList()
                : [];
            var data = new MetricData(title, key,
                definition is null ? ChartFormat.FromUnit(reference.Unit) : ChartFormat.From(definition),
                definition?.HigherIsBetter, place, local, peers, subgroupTypes);
            var folder = RenderContext.DownloadFolder(plan);
            charts = context.Charts($"{plan.Id}/findings/{key}",
                () => MetricCharts.Build(data, $"sm-chart-{key}", suffix => context.Urls.Href($"{folder}{key}-{suffix}.csv")));
        }

        return new MetricView(key, "sm-metric-" + key, title, reference.Takeaway, Sentence(definition?.Description), definition?.Pillar,
            reference.IsLocal, charts, texts,
            QualityNote(shown, DataQuality.Weak,
                "Urban Institute rates {0} as weak: these estimates have serious data-quality issues, and Urban advises that they should not be used to make decisions."),
            QualityNote(shown, DataQuality.Marginal,
                "Urban Institute rates {0} as marginal: these estimates have limited issues, so use them with care."),
            reference.IsLocal ? $"Source: the coalition's own data ({reference.File!.Value.Value})." : $"Source: {SiteRenderer.DataCredit}.");
    }

    private static string? Sentence(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.TrimEnd() is var t && (t.EndsWith('.') || t.EndsWith(')')) ? t : t + ".";

    /// <summary>"the estimates for 2021 and 2022 (everyone) and 2021 (Black, Non-Hispanic)", or null when none have that rating.</summary>
    private static string? QualityNote(IReadOnlyList<Observation> shown, DataQuality quality, string sentence)
    {
        var rated = shown.Where(o => o.Quality == quality && (o.Value is not null || o.Text is not null)).ToList();
        if (rated.Count == 0) return null;
        var parts = rated.GroupBy(o => o.SubgroupType == SubgroupNames.AllType ? "everyone" : SubgroupNames.Display(o.Subgroup))
            .Select(g => $"{PlanMetrics.Years(g.Select(o => o.Year))} ({g.Key})")
            .ToList();
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, sentence, "the estimates for " + PlanMetrics.Either(parts, "and"));
    }

    public IEnumerable<(string Key, JsonNode? Value)> Data(Component component)
    {
        var f = (Findings)component;
        yield return ("metrics", Array(f.Metrics.Select(x => new JsonObject
        {
            ["metric"] = x.Metric?.Value,
            ["file"] = x.File?.Value,
            ["label"] = x.Label,
            ["unit"] = x.Unit,
            ["subgroups"] = Array(x.Subgroups.Select(s => JsonValue.Create(s))),
            ["compare"] = x.ComparePeers ? "peers" : null,
            ["takeaway"] = x.Takeaway,
        })));
    }
}
