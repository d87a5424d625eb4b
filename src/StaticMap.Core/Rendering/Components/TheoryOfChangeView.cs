using System.Collections.Immutable;
using System.Text.Json.Nodes;
using StaticMap.Core.Model;
using StaticMap.Core.Parsing;
using static StaticMap.Core.Rendering.Files.PlanJson;

namespace StaticMap.Core.Rendering.Components;

/// <param name="VisionLang">The vision's language when it is not the component's (left untranslated): marked lang="en".</param>
public sealed record TheoryOfChangePage(
    string Vision,
    IReadOnlyList<StatementItemView> Preconditions,
    IReadOnlyList<StatementItemView> Outcomes,
    IReadOnlyList<StatementItemView> Assumptions,
    bool HasStatement,
    LogicModelView? LogicModel,
    string TheoryHeading,
    string LogicModelHeading,
    string? VisionLang = null);

/// <summary>A precondition, outcome or assumption of the theory of change.</summary>
/// <param name="Lang">The language of <paramref name="Text"/> when a translation left it in the original's (marked lang="en").</param>
/// <remarks>Written as its text where a template writes the item itself (<c>{{ item }}</c>, as themes copied before the item
/// carried its language did: review13, 2026-12-08, an older theme printed "StatementItemView { Text = ..., Lang = }").</remarks>
public sealed record StatementItemView(string Text, string? Lang = null)
{
    public override string ToString() => Text;
}

/// <summary>The logic model as columns in reading order: inputs → activities → outputs → outcomes.</summary>
public sealed record LogicModelView(IReadOnlyList<LogicModelColumn> Columns, int ItemCount, int MeasuredCount);

/// <param name="Groups">One group for inputs, activities and outputs; three (short, intermediate, long term) for outcomes.</param>
public sealed record LogicModelColumn(string Id, string Title, string Description, IReadOnlyList<LogicModelGroup> Groups);

public sealed record LogicModelGroup(string? Title, IReadOnlyList<LogicModelItemView> Items);

/// <param name="Anchor">The element id, so the measurement plan can link to the item.</param>
/// <param name="Lang">The language of <paramref name="Text"/> when a translation left it in the original's (marked lang="en").</param>
public sealed record LogicModelItemView(string Id, string Anchor, string Text, string Stage, string? Pillar,
    IReadOnlyList<IndicatorLink> Indicators, bool IsMeasurable, string? Lang = null);

/// <param name="Lang">The language of <paramref name="Name"/> when the measurement plan is not translated into the page's
/// ("Se mide con: <a lang="en">Residents placed in jobs</a>"); null when it is in the page's language.</param>
public sealed record IndicatorLink(string Id, string Name, string Href, string? Lang = null);

public sealed class TheoryOfChangeView : IComponentView
{
    public ComponentKind Kind => ComponentKind.TheoryOfChange;

    public static string ItemAnchor(string id) => "sm-lm-" + id;

    public PartialIds Ids(Component component) =>
        new(["sm-vision-heading", "sm-theory-heading", "sm-logic-model-heading",
            .. new[] { "inputs", "activities", "outputs", "outcomes" }.Select(c => "sm-lm-column-" + c),
            .. (((TheoryOfChange)component).LogicModel?.AllItems ?? []).Select(i => "sm-lm-" + i.Id)],
            "sm-lm-group-");

    public object Build(Plan plan, Component component, RenderContext context)
    {
        var c = (TheoryOfChange)component;
        var statement = c.Statement;
        var t = context.Text(plan.Metadata.Language);
        // A section heading that would repeat the page's title ("Logic model" under the h1 "Logic model") names what the
        // section holds instead; its id stays, so links to #sm-logic-model-heading still land.
        var title = Views.Formatting.ComponentTitle(component, t);
        string Heading(string key, string instead) =>
            string.Equals(t.Text(key).Trim(), title.Trim(), StringComparison.CurrentCultureIgnoreCase) ? t.Text(instead) : t.Text(key);
        return new TheoryOfChangePage(
            c.Vision,
            StatementItems(statement, s => s.Preconditions),
            StatementItems(statement, s => s.Outcomes),
            StatementItems(statement, s => s.Assumptions),
            statement is not null,
            c.LogicModel is { } model ? BuildLogicModel(plan, model, context) : null,
            Heading("theory.theory_heading", "theory.theory_parts_heading"),
            Heading("theory.logic_model_heading", "theory.logic_model_parts_heading"),
            c.VisionLanguage);
    }

    private static IReadOnlyList<StatementItemView> StatementItems(TheoryOfChangeStatement? statement, Func<TheoryOfChangeStatement, ImmutableArray<string>> list) =>
        statement is null ? [] : list(statement).Select(i => new StatementItemView(i, statement.LanguageOf(i))).ToList();

    private static LogicModelView BuildLogicModel(Plan plan, LogicModel model, RenderContext context)
    {
        var indicators = plan.MeasurementPlan?.Indicators ?? [];
        var t = context.Text(plan.Metadata.Language);
        LogicModelItemView Item(LogicModelItem item) => new(
            item.Id, ItemAnchor(item.Id), item.Text, Views.Formatting.Stage(item.Stage, t),
            item.Pillar is { } p ? Charts.MetricText.Pillar(Vocabularies.PillarName(p), t) : null,
            indicators.Where(i => i.Measures.Value == item.Id)
                .Select(i => new IndicatorLink(i.Id, i.Name,
                    context.Urls.Href(SiteUrls.Component(plan, ComponentKind.MeasurementPlan)) + "#" + MeasurementPlanView.RowAnchor(i.Id),
                    i.NameLanguage ?? plan.MeasurementPlan?.TextLanguage))
                .ToList(),
            item.Stage.IsMeasurable(), item.TextLanguage);
        LogicModelGroup Group(string? title, IEnumerable<LogicModelItem> items) => new(title, items.Select(Item).ToList());

        var columns = new List<LogicModelColumn>
        {
            new("inputs", t.Text("views.logic_model.inputs"), t.Text("views.logic_model.inputs_description"), [Group(null, model.Inputs)]),
            new("activities", t.Text("views.logic_model.activities"), t.Text("views.logic_model.activities_description"), [Group(null, model.Activities)]),
            new("outputs", t.Text("views.logic_model.outputs"), t.Text("views.logic_model.outputs_description"), [Group(null, model.Outputs)]),
            new("outcomes", t.Text("views.logic_model.outcomes"), t.Text("views.logic_model.outcomes_description"),
                new[]
                {
                    Group(t.Text("views.logic_model.short_term"), model.ShortTermOutcomes),
                    Group(t.Text("views.logic_model.intermediate"), model.IntermediateOutcomes),
                    Group(t.Text("views.logic_model.long_term"), model.LongTermOutcomes),
                }
                    .Where(g => g.Items.Count > 0).ToList()),
        };
        var measurable = model.MeasurableItems.ToList();
        var measured = measurable.Count(i => indicators.Any(ind => ind.Measures.Value == i.Id));
        return new LogicModelView(columns, measurable.Count, measured);
    }

    public IEnumerable<(string Key, JsonNode? Value)> Data(Component component)
    {
        var t = (TheoryOfChange)component;
        yield return ("vision", t.Vision);
        yield return ("theory_of_change", t.Statement is not { } s ? null : new JsonObject
        {
            ["preconditions"] = Strings(s.Preconditions),
            ["outcomes"] = Strings(s.Outcomes),
            ["assumptions"] = Strings(s.Assumptions),
        });
        yield return ("logic_model", t.LogicModel is not { } lm ? null : new JsonObject
        {
            ["inputs"] = Items(lm.Inputs),
            ["activities"] = Items(lm.Activities),
            ["outputs"] = Items(lm.Outputs),
            ["outcomes"] = new JsonObject
            {
                ["short_term"] = Items(lm.ShortTermOutcomes),
                ["intermediate"] = Items(lm.IntermediateOutcomes),
                ["long_term"] = Items(lm.LongTermOutcomes),
            },
        });
    }
}
