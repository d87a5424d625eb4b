using System.Collections.Immutable;
using StaticMap.Core.Model;
using StaticMap.Core.Diagnostics.Codes;

namespace StaticMap.Core.Parsing.Components;

public sealed class TheoryOfChangeParser : IComponentParser
{
    public ComponentKind Kind => ComponentKind.TheoryOfChange;
    public IReadOnlyList<string> Fields => ["vision", "theory_of_change", "logic_model"];
    public IReadOnlyList<string> NameWords => ["theory-of-change", "logic-model"];
    public static readonly IReadOnlyList<string> StatementFields = ["preconditions", "outcomes", "assumptions"];
    public static readonly IReadOnlyList<string> LogicModelFields = ["inputs", "activities", "outputs", "outcomes"];
    public static readonly IReadOnlyList<string> OutcomeFields = ["short_term", "intermediate", "long_term"];
    public static readonly IReadOnlyList<string> ItemFields = ["id", "text"];

    public static readonly IReadOnlyList<string> ActivityFields = ["id", "text", "pillar"];

    public Component Parse(ComponentSource source)
    {
        var f = source.Fields;
        var vision = f.String("vision", true, "the community's vision statement") ?? "";
        var statement = f.Mapping("theory_of_change", false, "preconditions, outcomes and assumptions") is { } s ? ParseStatement(s) : null;
        var model = f.Mapping("logic_model", false, "inputs, activities, outputs and outcomes") is { } l ? ParseLogicModel(l) : null;
        if (statement is null && model is null && !f.Has("theory_of_change") && !f.Has("logic_model"))
            source.Diagnostics.Add(TheoryOfChangeMissing.Instance.Create(source.ComponentSpan));
        return new TheoryOfChange(source.Path, source.Title, source.Body, source.ComponentSpan, vision, statement, model);
    }

    private static TheoryOfChangeStatement ParseStatement(YamlFields f)
    {
        f.WarnUnknown(StatementFields, "theory_of_change");
        ImmutableArray<string> List(string key, string what) =>
            f.ListOfStrings(key, false, what, "'- Residents have...' one per line").Select(x => x.Value).ToImmutableArray();
        return new TheoryOfChangeStatement(
            List("preconditions", "a precondition for change"),
            List("outcomes", "an expected outcome"),
            List("assumptions", "an assumption"));
    }

    private static LogicModel ParseLogicModel(YamlFields f)
    {
        f.WarnUnknown(LogicModelFields, "logic_model");
        var inputs = Items(f, "inputs", LogicModelStage.Input, "the resources the work needs");
        var activities = Items(f, "activities", LogicModelStage.Activity, "what the coalition will do");
        var outputs = Items(f, "outputs", LogicModelStage.Output, "the direct products of the activities");
        var outcomes = f.Mapping("outcomes", true, "short_term, intermediate and long_term outcomes",
            "'outcomes:' with 'short_term:', 'intermediate:' and 'long_term:' lists indented below it");
        ImmutableArray<LogicModelItem> shortTerm = [], intermediate = [], longTerm = [];
        if (outcomes is not null)
        {
            outcomes.WarnUnknown(OutcomeFields, "logic_model.outcomes");
            shortTerm = Items(outcomes, "short_term", LogicModelStage.ShortTermOutcome, "short-term outcomes", required: false);
            intermediate = Items(outcomes, "intermediate", LogicModelStage.IntermediateOutcome, "intermediate outcomes", required: false);
            longTerm = Items(outcomes, "long_term", LogicModelStage.LongTermOutcome, "long-term outcomes", required: false);
            if (shortTerm.IsEmpty && intermediate.IsEmpty && longTerm.IsEmpty && !outcomes.Has("short_term") && !outcomes.Has("intermediate") && !outcomes.Has("long_term"))
                f.Diagnostics.Add(EmptyField.Instance.Create(f.KeySpan("outcomes"), f.PathOf("outcomes"),
                    "at least one of short_term, intermediate or long_term"));
        }
        return new LogicModel(inputs, activities, outputs, shortTerm, intermediate, longTerm);
    }

    private static ImmutableArray<LogicModelItem> Items(YamlFields f, string key, LogicModelStage stage, string what, bool required = true)
    {
        var isActivity = stage == LogicModelStage.Activity;
        return f.ListOfMappings(key, required, what + ", each with an id and text", "'- id: youth-jobs' then 'text: ...'")
            .Select(item =>
            {
                item.WarnUnknown(isActivity ? ActivityFields : ItemFields, $"a logic-model {stage.DisplayName().ToLowerInvariant()}");
                var id = item.String("id", true, "a lowercase kebab-case id, e.g. 'youth-jobs'") ?? "";
                if (id.Length > 0 && !Ids.IsKebabCase(id))
                    item.Diagnostics.Add(InvalidId.Instance.Create(item.ValueSpan("id"), item.PathOf("id"), id, Ids.Suggest(id)));
                var text = item.String("text", true, "what this item is") ?? "";
                Pillar? pillar = isActivity ? item.Enum("pillar", Vocabularies.Pillar, false, "one of the Five Pillars") : null;
                return new LogicModelItem(id, text, stage, pillar, item.Span, item.ValueSpan("id"));
            })
            .ToImmutableArray();
    }
}
