using System.Text;
using StaticMap.Core.Model;
using StaticMap.Core.Parsing;
using StaticMap.Core.Rendering.Charts;

namespace StaticMap.Core.Rendering.Files;

/// <summary>/&lt;plan&gt;/measurement-plan.csv: the measurement plan as a spreadsheet, one indicator per row.</summary>
public sealed class MeasurementPlanCsv : IFileKind
{
    public const string Header = "id,name,measures,measures_text,measures_stage,source,responsible,frequency,unit,direction,baseline_value,baseline_year,target_value,target_year,disaggregate_by,metric,subgroup";

    public IEnumerable<GeneratedFile> Files(RenderContext context)
    {
        foreach (var plan in context.PlansInScope.Where(p => p.MeasurementPlan is not null))
            yield return new GeneratedFile(SiteUrls.PlanFile(plan.Id, "measurement-plan.csv").TrimStart('/'), Build(plan));
    }

    public static string Build(Plan plan)
    {
        var items = plan.TheoryOfChange?.LogicModel?.AllItems.ToDictionary(i => i.Id, StringComparer.Ordinal) ?? [];
        var sb = new StringBuilder(Header).Append('\n');
        foreach (var i in plan.MeasurementPlan!.Indicators)
        {
            items.TryGetValue(i.Measures.Value, out var item);
            string[] fields =
            [
                i.Id, i.Name, i.Measures.Value, item?.Text ?? "", item?.Stage.DisplayName() ?? "", i.Source, i.Responsible,
                Vocabularies.Frequency.WordOf[i.Frequency], i.Unit ?? "", i.Direction is { } d ? Vocabularies.Direction.WordOf[d] : "",
                i.Baseline?.Value.Text ?? "", i.Baseline?.Year.ToString() ?? "", i.Target?.Value.Text ?? "", i.Target?.Year.ToString() ?? "",
                string.Join(";", i.DisaggregateBy), i.Metric?.Value ?? "",
                // Whose values a metric's baseline and target are: a group's ("Black, Non-Hispanic"), or everyone's (empty).
                i.Metric is null ? "" : i.Subgroup?.Value ?? "",
            ];
            sb.AppendJoin(',', fields.Select(MetricCharts.CsvField)).Append('\n');
        }
        return sb.ToString();
    }
}
