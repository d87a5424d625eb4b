using System.Collections.Immutable;
using StaticMap.Core.Model;
using StaticMap.Core.Diagnostics.Codes;
using StaticMap.Core.Numbers;

namespace StaticMap.Core.Parsing.Components;

public sealed class MeasurementPlanParser : IComponentParser
{
    public ComponentKind Kind => ComponentKind.MeasurementPlan;
    public IReadOnlyList<string> Fields => ["indicators"];
    public IReadOnlyList<string> NameWords => ["measurement"];
    public static readonly IReadOnlyList<string> IndicatorFields =
        ["id", "name", "measures", "source", "responsible", "frequency", "unit", "direction", "baseline", "target", "disaggregate_by", "metric", "subgroup"];
    public static readonly IReadOnlyList<string> MeasurementFields = ["value", "year"];

    public Component Parse(ComponentSource source)
    {
        var indicators = source.Fields.ListOfMappings("indicators", true,
                "the indicators that track the logic model, e.g. '- id: employment-rate'", "'- id: employment-rate' then 'name: ...'")
            .Select(ParseIndicator).ToImmutableArray();
        return new MeasurementPlan(source.Path, source.Title, source.Body, source.ComponentSpan, indicators);
    }

    private static Indicator ParseIndicator(YamlFields f)
    {
        f.WarnUnknown(IndicatorFields, "an indicator");
        var id = f.String("id", true, "a lowercase kebab-case id, e.g. 'employment-rate'") ?? "";
        if (id.Length > 0 && !Ids.IsKebabCase(id))
            f.Diagnostics.Add(InvalidId.Instance.Create(f.ValueSpan("id"), f.PathOf("id"), id, Ids.Suggest(id)));
        var name = f.String("name", true, "what is measured") ?? "";
        var measures = f.LocatedString("measures", true, "the id of the logic-model input, output or outcome it measures")
            ?? new Located<string>("", f.Span);
        var sourceOfData = f.String("source", true, "where the data comes from") ?? "";
        var responsible = f.String("responsible", true, "who tracks it") ?? "";
        var frequency = f.Enum("frequency", Vocabularies.Frequency, true, "how often it is measured") ?? Frequency.Annual;
        var unit = f.String("unit", false, "the unit");
        var direction = f.Enum("direction", Vocabularies.Direction, false, "the desired direction");
        // The metric first: with one, the baseline's value may be left to the data.
        var metric = f.LocatedString("metric", false, "an Urban Mobility Metrics variable");
        var subgroup = f.LocatedString("subgroup", false, "a group as Urban names it, e.g. 'Black, Non-Hispanic'");
        DataBaseline? fromData = null;
        var baseline = f.Mapping("baseline", false, "the baseline value and year", "'baseline:' with 'value:' and 'year:' below it") is { } b
            ? ParseMeasurement(b, "baseline", metric is not null, unit, out fromData) : null;
        var target = f.Mapping("target", false, "the target value and year", "'target:' with 'value:' and 'year:' below it") is { } t
            ? ParseMeasurement(t, "target", false, unit, out _) : null;
        var disaggregate = f.ListOfStrings("disaggregate_by", false, "a breakdown such as race-ethnicity", "[race-ethnicity]")
            .Select(x => x.Value).ToImmutableArray();
        return new Indicator(id, name, measures, sourceOfData, responsible, frequency, unit, direction, baseline, target,
            disaggregate, metric, f.Span, f.ValueSpan("id"), fromData, subgroup);
    }

    private static Measurement? ParseMeasurement(YamlFields f, string what, bool valueFromData, string? unit, out DataBaseline? fromData)
    {
        fromData = null;
        // The value first: a number split by a comma in braces ({value: 1,500, year: 2023}) must not also be an unknown field.
        var missing = valueFromData && f.Node("value") is null;
        var value = missing ? null : f.Value("value", true, $"the {what} value", $"leave out '{what}'", UnitOfValue.Of(unit));
        f.WarnUnknown(MeasurementFields, what);
        var year = f.Year("year", true, $"the year of the {what}");
        if (missing && year is not null) fromData = new DataBaseline(year.Value, f.Span, f.ValueSpan("year"));
        return value is null || year is null ? null : new Measurement(value, year.Value, ValueSpan: f.ValueSpan("value"), YearSpan: f.ValueSpan("year"));
    }
}
