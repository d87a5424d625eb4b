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
        var t = context.Text(plan.Metadata.Language);
        var fips = plan.Metadata.Jurisdiction.Fips;
        var definition = reference.Metric is { } v && metrics.Catalog.TryGet(v.Value, out var d) ? d : null;
        // The author's label wins; else the catalog's name in the page's language.
        var title = !string.IsNullOrWhiteSpace(reference.Label) ? reference.Label.Trim()
            : definition is not null ? MetricText.Name(definition, t) : reference.Key;
        var local = PlanMetrics.Observations(plan, reference, fips, metrics);
        var place = Formatting.Jurisdiction(plan.Metadata.Jurisdiction);
        var subgroupTypes = PlanMetrics.RequestedSubgroupTypes(reference);
        var shown = local.Where(o => o.SubgroupType == SubgroupNames.AllType || subgroupTypes.Contains(o.SubgroupType)).ToList();

        IReadOnlyList<ChartSpec> charts = [];
        IReadOnlyList<TextValue> texts = [];
        if (definition?.Format == ValueFormat.Text)
        {
            texts = local.Where(o => o.SubgroupType == SubgroupNames.AllType && o.Text is not null)
                .Select(o => new TextValue(o.Year, o.Text!, MetricCharts.Quality(o.Quality, t))).ToList();
        }
        else
        {
            var peers = reference.ComparePeers && !reference.IsLocal
                ? plan.Metadata.Peers.Where(p => p.Value != fips).Select(p => (
                    Label: metrics.Data.NameOf(p.Value) ?? $"FIPS {p.Value}",
                    Observations: metrics.Data.Get(p.Value, reference.Metric!.Value.Value))).ToList()
                : [];
            var data = new MetricData(title, key,
                definition is null ? ChartFormat.FromUnit(reference.Unit, t) : ChartFormat.From(definition, t, reference.Unit),
                definition?.HigherIsBetter, place, local, peers, subgroupTypes);
            var folder = RenderContext.DownloadFolder(plan);
            charts = context.Charts($"{plan.Id}/findings/{key}",
                () => MetricCharts.Build(data, $"sm-chart-{key}", suffix => context.Urls.Href($"{folder}{key}-{suffix}.csv")));
        }

        return new MetricView(key, "sm-metric-" + key, title, reference.Takeaway, Sentence(definition is null ? null : MetricText.Description(definition, t)),
            definition is null ? null : MetricText.Pillar(definition.Pillar, t),
            reference.IsLocal, charts, texts,
            QualityNote(shown, DataQuality.Weak, "notices.weak", t),
            QualityNote(shown, DataQuality.Marginal, "notices.marginal", t),
            reference.IsLocal ? t.Text("notices.source_local", ("file", reference.File!.Value.Value)) : t.Text("notices.source", ("credit", SiteRenderer.DataCredit)));
    }

    private static string? Sentence(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.TrimEnd() is var t && (t.EndsWith('.') || t.EndsWith(')')) ? t : t + ".";

    /// <summary>"the estimates for 2021 and 2022 (everyone) and 2021 (Black, Non-Hispanic)", or null when none have that rating.</summary>
    private static string? QualityNote(IReadOnlyList<Observation> shown, DataQuality quality, string key, Localization.UiStrings t)
    {
        var rated = shown.Where(o => o.Quality == quality && (o.Value is not null || o.Text is not null)).ToList();
        if (rated.Count == 0) return null;
        var parts = rated.GroupBy(o => o.SubgroupType == SubgroupNames.AllType ? t.Text("subgroups.everyone") : Formatting.Subgroup(o.Subgroup, t))
            .Select(g => t.Text("notices.years_of_group", ("years", Years(g.Select(o => o.Year), t)), ("group", g.Key)))
            .ToList();
        return t.Text(key, ("which", t.Text("notices.estimates_for", ("list", And(parts, t)))));
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

    /// <summary>"2019, 2021–2023 and 2025": runs of three or more years as a range (as <see cref="PlanMetrics.Years"/>), in the page's language.</summary>
    private static string Years(IEnumerable<int> years, Localization.UiStrings t) => And(PlanMetrics.YearRuns(years), t);

    /// <summary>"a, b and c" (notices.list_and): no serial comma, as <see cref="PlanMetrics.Either"/> writes it.</summary>
    private static string And(IReadOnlyList<string> items, Localization.UiStrings t) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => t.Text("notices.list_and", ("list", string.Join(", ", items.Take(items.Count - 1))), ("last", items[^1])),
    };
}
