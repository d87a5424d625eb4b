using System.Collections.Immutable;
using StaticMap.Core.Model;
using StaticMap.Core.Diagnostics.Codes;

namespace StaticMap.Core.Parsing.Components;

public sealed class FindingsParser : IComponentParser
{
    public ComponentKind Kind => ComponentKind.Findings;
    public IReadOnlyList<string> Fields => ["metrics"];
    public static readonly IReadOnlyList<string> MetricFields = ["metric", "file", "label", "unit", "subgroups", "compare", "takeaway"];
    private static readonly IReadOnlyList<string> CompareValues = ["peers"];

    public Component Parse(ComponentSource source)
    {
        var f = source.Fields;
        if (source.Body.IsEmpty)
            source.Diagnostics.Add(EmptyBody.Instance.Create(source.ComponentSpan, "findings",
                "the narrative that weaves the quantitative and qualitative findings together"));
        var metrics = f.ListOfMappings("metrics", true,
                "the Mobility Metrics to show, e.g. '- metric: share_employed'", "'- metric: share_employed'")
            .Select(ParseMetric).ToImmutableArray();
        return new Findings(source.Path, source.Title, source.Body, source.ComponentSpan, metrics);
    }

    private static MetricReference ParseMetric(YamlFields m)
    {
        m.WarnUnknown(MetricFields, "a findings metric");
        var metric = m.LocatedString("metric", false, "an Urban Mobility Metrics variable");
        var file = m.LocatedString("file", false, "a CSV file in data/");
        string? label = null, unit = null;
        if (metric is not null && file is not null)
        {
            m.Diagnostics.Add(InvalidMetricEntry.Instance.CreateBoth(m.KeySpan("file"), m.Where));
        }
        else if (metric is null && file is null && !m.Has("metric") && !m.Has("file"))
        {
            m.Diagnostics.Add(InvalidMetricEntry.Instance.CreateNeither(m.Span, m.Where));
        }
        if (file is not null)
        {
            label = m.String("label", true, "the chart's name for this local metric");
            unit = m.String("unit", true, "the unit of the values, e.g. percent or people");
            if (!PlanPaths.TryNormaliseDataFile(file.Value.Value, out var normalised))
            {
                m.Diagnostics.Add(PathOutsidePlan.Instance.Create(file.Value.Span, m.PathOf("file"), file.Value.Value, "data/my-metric.csv"));
                file = null;
            }
            else
            {
                file = new Located<string>(normalised, file.Value.Span);
            }
        }
        else
        {
            label = m.String("label", false, "a label");
            unit = m.String("unit", false, "a unit");
        }
        var subgroups = m.ListOfStrings("subgroups", false, "a subgroup type such as race-ethnicity", "[race-ethnicity]");
        var compare = m.String("compare", false, "peers");
        if (compare is not null && compare != "peers")
            m.Diagnostics.Add(ValueNotAllowed.Instance.Create(m.ValueSpan("compare"), m.PathOf("compare"), compare, CompareValues));
        var takeaway = m.String("takeaway", false, "a one-sentence message");
        return new MetricReference(metric, file, label, unit, subgroups.Select(s => s.Value).ToImmutableArray(),
            compare == "peers", takeaway, m.Span);
    }
}
