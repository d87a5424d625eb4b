using StaticMap.Core.Rendering.Html;
using System.Text.Json.Nodes;
using StaticMap.Core.Model;
using StaticMap.Core.Parsing;
using StaticMap.Core.Rendering.Views;
using static StaticMap.Core.Rendering.Files.PlanJson;

namespace StaticMap.Core.Rendering.Components;

public sealed record MeasurementPlanPage(IReadOnlyList<IndicatorRow> Indicators, string CsvHref);

/// <param name="Anchor">The row's element id, so the logic model and progress pages can link to it.</param>
/// <param name="MetricGroup">With a Mobility Metric and a <c>subgroup</c>: the group whose values the indicator follows, as people
/// in a sentence ("Black, non-Hispanic residents"), so the reader knows the baseline is that group's, not everyone's.</param>
public sealed record IndicatorRow(
    string Id,
    string Anchor,
    string Name,
    string MeasuresId,
    string MeasuresText,
    string MeasuresStage,
    string MeasuresHref,
    string Source,
    string Responsible,
    string Frequency,
    string Unit,
    string Baseline,
    string Target,
    string Direction,
    string DisaggregateBy,
    string? MetricName,
    string? MeasuresLang = null,
    string? MetricGroup = null)
{
    /// <summary>The language of <see cref="Name"/> when a translated measurement plan left it in the original's
    /// (<see cref="Indicator.NameLanguage"/>); null otherwise.</summary>
    public string? NameLang { get; init; }

    /// <summary>As <see cref="NameLang"/>, for <see cref="Source"/> (<see cref="Indicator.SourceLanguage"/>).</summary>
    public string? SourceLang { get; init; }

    /// <summary>As <see cref="NameLang"/>, for <see cref="Responsible"/> (<see cref="Indicator.ResponsibleLanguage"/>).</summary>
    public string? ResponsibleLang { get; init; }

    /// <summary><see cref="Baseline"/> and <see cref="Target"/> as HTML, an untranslated unit marked with its language
    /// (<see cref="Formatting.ValueHtml"/>); what templates write.</summary>
    public RawHtml BaselineHtml { get; init; } = RawHtml.Empty;

    /// <summary>As <see cref="BaselineHtml"/>.</summary>
    public RawHtml TargetHtml { get; init; } = RawHtml.Empty;
}

public sealed class MeasurementPlanView : IComponentView
{
    public ComponentKind Kind => ComponentKind.MeasurementPlan;

    public static string RowAnchor(string id) => "sm-indicator-" + id;

    public PartialIds Ids(Component component) =>
        new(["sm-indicators-heading", "sm-indicators-caption", .. ((MeasurementPlan)component).Indicators.Select(i => "sm-indicator-" + i.Id)]);

    public object Build(Plan plan, Component component, RenderContext context) =>
        new MeasurementPlanPage(Rows(plan, context), context.Urls.Href(SiteUrls.PlanFile(plan.Id, "measurement-plan.csv")));

    public static IReadOnlyList<IndicatorRow> Rows(Plan plan, RenderContext context)
    {
        var items = plan.TheoryOfChange?.LogicModel?.AllItems.ToDictionary(i => i.Id, StringComparer.Ordinal)
                    ?? new Dictionary<string, LogicModelItem>();
        var t = context.Text(plan.Metadata.Language);
        var logicModelHref = context.Urls.Href(SiteUrls.Component(plan, ComponentKind.TheoryOfChange));
        return (plan.MeasurementPlan?.Indicators ?? []).Select(i =>
        {
            items.TryGetValue(i.Measures.Value, out var item);
            return new IndicatorRow(
                i.Id, RowAnchor(i.Id), i.Name,
                i.Measures.Value, item?.Text ?? i.Measures.Value, item is null ? "" : Formatting.Stage(item.Stage, t),
                logicModelHref + "#" + TheoryOfChangeView.ItemAnchor(i.Measures.Value),
                i.Source, i.Responsible, Formatting.Frequency(i.Frequency, t), i.Unit ?? "",
                Pages.ProgressPageKind.Baseline(i, t), Formatting.Measurement(i.Target, i.Unit, t),
                Formatting.Direction(i.Direction, t), string.Join(", ", i.DisaggregateBy.Select(d => Formatting.SubgroupType(d, t))),
                i.Metric is { } m && context.Metrics.Catalog.TryGet(m.Value, out var def) ? Charts.MetricText.Name(def, t) : null,
                // The logic model's own words, in its language when it is not translated ("En el modelo lógico: <span lang="en">…</span>").
                item is null ? null : item.TextLanguage ?? plan.TheoryOfChange?.TextLanguage,
                i.Metric is not null && i.Subgroup is { } group ? Formatting.SubgroupPeople(group.Value, t) : null)
            {
                NameLang = i.NameLanguage,
                SourceLang = i.SourceLanguage,
                ResponsibleLang = i.ResponsibleLanguage,
                BaselineHtml = Pages.ProgressPageKind.BaselineHtml(i, plan, t),
                TargetHtml = Formatting.MeasurementHtml(i.Target, i.Unit, Formatting.UnitLanguage(i, plan), t),
            };
        }).ToList();
    }

    public IEnumerable<(string Key, JsonNode? Value)> Data(Component component)
    {
        var mp = (MeasurementPlan)component;
        yield return ("indicators", Array(mp.Indicators.Select(i => new JsonObject
        {
            ["id"] = i.Id,
            ["name"] = i.Name,
            ["measures"] = i.Measures.Value,
            ["source"] = i.Source,
            ["responsible"] = i.Responsible,
            ["frequency"] = Vocabularies.Frequency.WordOf[i.Frequency],
            ["unit"] = i.Unit,
            ["direction"] = i.Direction is { } d ? Vocabularies.Direction.WordOf[d] : null,
            ["baseline"] = Measurement(i.Baseline),
            ["target"] = Measurement(i.Target),
            ["disaggregate_by"] = Strings(i.DisaggregateBy),
            ["metric"] = i.Metric?.Value,
            // The group whose values the indicator follows, as the author wrote it; null for everyone's.
            ["subgroup"] = i.Metric is null ? null : i.Subgroup?.Value,
        })));
    }
}
