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
    string Source)
{
    /// <summary>Whether the title is the author's label (in the text's language), not the catalog's name in the page's.</summary>
    public bool HasOwnTitle { get; init; }

    /// <summary>The language of <see cref="Takeaway"/> when it is not the page's text's (a translation that left it out):
    /// the template marks it with lang; null otherwise.</summary>
    public string? TakeawayLang { get; init; }

    /// <summary>As <see cref="TakeawayLang"/>, for the author's own <see cref="Title"/> (a local CSV's label).</summary>
    public string? TitleLang { get; init; }

    /// <summary>A local CSV's unit in words when it is in another language than the page's (a translation left it out): the
    /// charts mark it (<see cref="ForeignUnit"/>), and so does the glance page's headline; null otherwise.</summary>
    public ForeignUnit? ForeignUnit { get; init; }
}

public sealed record TextValue(int Year, string Value, string Quality);

public sealed class FindingsView : IComponentView
{
    public ComponentKind Kind => ComponentKind.Findings;
    public bool ShowsCharts => true;

    public PartialIds Ids(Component component) =>
        new(["sm-metrics-heading", .. ((Findings)component).Metrics.SelectMany(m => new[] { $"sm-metric-{m.Key}", $"sm-metric-{m.Key}-title", $"sm-metric-{m.Key}-values" })],
            "sm-metric-", "sm-chart-");

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

    /// <summary>
    /// Urban's housing-wealth ratio, the group's share of the housing value and its share of households joined by a colon
    /// ("0.015:0.138" in 2025, "1.5%:13.8%" in 2024), as a reader reads it: "1.5% of the housing value, 13.8% of households"
    /// in the page's language. Anything else is shown as published.
    /// </summary>
    public static string HouseValueShares(string text, Localization.UiStrings t)
    {
        var parts = text.Split(':');
        if (parts.Length != 2 || Share(parts[0]) is not { } value || Share(parts[1]) is not { } households) return text;
        var percent = ChartFormat.From(ValueFormat.Proportion, "", t);
        return t.Text("findings.house_value_shares", ("value", percent.Format(value)), ("households", percent.Format(households)));

        static double? Share(string part)
        {
            var s = part.Trim();
            var inPercent = s.EndsWith('%');
            if (!double.TryParse(inPercent ? s[..^1] : s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v)) return null;
            var share = inPercent ? v / 100 : v;
            return share is >= 0 and <= 1 ? share : null;
        }
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
        var rows = MetricRows.Of(plan, reference, metrics);
        var local = rows.Local;
        var place = Formatting.Place(plan.Metadata.Jurisdiction, t);
        var peerLabels = rows.Peers.ToDictionary(p => p.Geoid,
            p => metrics.Data.NameOf(p.Geoid) is { } name ? Formatting.UrbanPlace(name, t) : $"FIPS {p.Geoid}", StringComparer.Ordinal);
        // Who a rated estimate is of, in a notice: the place, one of its groups, or a peer.
        string Who(Observation o) => o.Geoid != fips && peerLabels.TryGetValue(o.Geoid, out var peer) ? peer
            : o.SubgroupType == SubgroupNames.AllType ? place : Formatting.SubgroupPeople(o.Subgroup, t);

        var foreign = reference.UnitLanguage is { } unitLanguage && reference.Unit is { } unit ? ForeignUnit.Of(unit, unitLanguage, t) : null;
        IReadOnlyList<ChartSpec> charts = [];
        IReadOnlyList<TextValue> texts = [];
        if (rows.IsText)
        {
            var shares = reference.Metric is { } variable && variable.Value.EndsWith("_house_value_households", StringComparison.Ordinal);
            texts = rows.Shown().Select(o => new TextValue(o.Year, shares ? HouseValueShares(o.Text!, t) : o.Text!, MetricCharts.Quality(o.Quality, t))).ToList();
        }
        else
        {
            var data = new MetricData(title, key,
                definition is null ? ChartFormat.FromUnit(reference.Unit, t) : ChartFormat.From(definition, t, reference.Unit),
                definition?.HigherIsBetter, place, local, rows.Peers.Select(p => (peerLabels[p.Geoid], p.Observations)).ToList(), rows.SubgroupTypes)
            {
                // The peers' kind in the caption, from the peers' own codes (a place's has 7 digits, a county's 5): a city may
                // compare itself with its county (review10: "Pittsburgh and peer cities" over Allegheny County's line).
                PeerKind = PeerKindOf(rows.Peers.Select(p => p.Geoid)),
            };
            var folder = RenderContext.DownloadFolder(plan);
            charts = context.Charts($"{plan.Id}/findings/{key}",
                () => MetricCharts.Build(data, $"sm-chart-{key}", suffix => context.Urls.Href($"{folder}{key}-{suffix}.csv"))
                    .Select(c => Pages.EmbedPageKind.Shared(c, plan, SiteUrls.Component(plan, ComponentKind.Findings), context))
                    .Select(c => foreign is null ? c : foreign.Mark(c)).ToList());
        }

        return new MetricView(key, "sm-metric-" + key, title, reference.Takeaway, Sentence(definition is null ? null : MetricText.Description(definition, t)),
            definition is null ? null : MetricText.Pillar(definition.Pillar, t),
            reference.IsLocal, charts, texts,
            QualityNote(rows.Rated(DataQuality.Weak), "notices.weak", Who, t),
            QualityNote(rows.Rated(DataQuality.Marginal), "notices.marginal", Who, t),
            reference.IsLocal ? t.Text("notices.source_local", ("file", reference.File!.Value.Value)) : t.Text("notices.source", ("credit", SiteRenderer.DataCredit)))
        {
            HasOwnTitle = !string.IsNullOrWhiteSpace(reference.Label),
            TakeawayLang = reference.TakeawayLanguage,
            TitleLang = reference.LabelLanguage,
            ForeignUnit = foreign,
        };
    }

    /// <summary>A description as a sentence, ending in a full stop, so "Pillar: …" after it starts a sentence of its own:
    /// "… (SEDA)" → "… (SEDA)."; "… (etc.)" and "… ends." stay as they are.</summary>
    public static string? Sentence(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.TrimEnd();
        return t.EndsWith('.') || t.EndsWith('!') || t.EndsWith('?') || t.EndsWith(".)", StringComparison.Ordinal) ? t : t + ".";
    }

    /// <summary>
    /// One short line: "Urban Institute rates the 2021 estimate for Hispanic residents weak: do not use it for decisions." when one
    /// estimate has the rating, else their count ("rates 12 estimates marginal (marked in the table)"); the data table's quality
    /// column says which. Null when none has that rating.
    /// </summary>
    private static string? QualityNote(IReadOnlyList<Observation> rated, string key, Func<Observation, string> who, Localization.UiStrings t)
    {
        if (rated.Count == 0) return null;
        if (rated.Count == 1) return t.Text(key + "_named", ("year", rated[0].Year), ("group", who(rated[0])));
        return t.Plural(key, rated.Count);
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

    /// <summary>All places (7-digit codes), all counties, or both.</summary>
    internal static PeerKind PeerKindOf(IEnumerable<string> geoids)
    {
        var lengths = geoids.Select(g => g.Length == 7).Distinct().ToList();
        return lengths switch
        {
            [true] => PeerKind.Cities,
            [false] => PeerKind.Counties,
            _ => PeerKind.Mixed,
        };
    }
}
