using System.Text.Json;
using StaticMap.Core.Metrics;
using StaticMap.Core.Rendering.Charts;

namespace StaticMap.Tests.Rendering;

/// <summary>What a chart's JSON tells charts.js about its shape: its kind, where its axes start and end.</summary>
public class ChartConfigTests
{
    private static ChartSeries Series(string label, int index, params (int Year, double? Value)[] points) =>
        new(label, points.Select(p => new ChartPoint(p.Year, p.Value, null, null, DataQuality.NotRated)).ToList(), ChartPalette.For(index));

    private static JsonElement Json(ChartSpec chart) => JsonDocument.Parse(chart.Config.Value).RootElement;

    [Fact]
    public void An_axis_of_values_that_cannot_be_negative_starts_at_zero()
    {
        var chart = MetricCharts.Spec("c", "Families", "S.", "Place", [Series("Families", 0, (2021, 40), (2022, 38), (2023, 41))],
            ChartFormat.FromUnit("families"), "/c.csv");

        Assert.Equal(0, Json(chart).GetProperty("yAxis").GetProperty("min").GetDouble());
        Assert.Equal("line", Json(chart).GetProperty("kind").GetString());
    }

    [Fact]
    public void An_axis_with_a_value_below_zero_is_left_to_the_values()
    {
        var chart = MetricCharts.Spec("c", "Change", "S.", "Place", [Series("Change", 0, (2021, -3), (2022, 2))], new ChartFormat("number"), "/c.csv");

        // A value axis left to Chart.js writes no minimum (nulls are left out of the JSON).
        Assert.False(Json(chart).GetProperty("yAxis").TryGetProperty("min", out _));
    }

    [Fact]
    public void One_year_of_several_groups_is_a_bar_chart_named_as_one()
    {
        var chart = MetricCharts.Spec("c", "Preschool by race, 2021.", "In 2021 …", "Group",
            [Series("Black", 0, (2021, 0.45)), Series("Hispanic", 1, (2021, 0.5)), Series("White", 2, (2021, null))],
            new ChartFormat("proportion"), "/c.csv");

        Assert.Equal("bar", Json(chart).GetProperty("kind").GetString());
        Assert.StartsWith("Bar chart. Preschool by race, 2021.", chart.AriaLabel);
    }

    [Fact]
    public void Several_years_of_groups_stay_a_line_chart()
    {
        var chart = MetricCharts.Spec("c", "C", "S.", "Group",
            [Series("Black", 0, (2018, 0.4), (2021, 0.45)), Series("White", 1, (2018, 0.6), (2021, 0.62))], new ChartFormat("proportion"), "/c.csv");

        Assert.Equal("line", Json(chart).GetProperty("kind").GetString());
        Assert.StartsWith("Line chart.", chart.AriaLabel);
    }

    [Fact]
    public void The_x_axis_reaches_the_target_year_the_caption_names()
    {
        var chart = MetricCharts.Spec("c", "Jobs, 2024 to 2027: reported values and target.", "S.", "Series",
            [Series("Baseline", 1, (2024, 10)), Series("Reported", 0, (2025, 14))], ChartFormat.FromUnit("jobs"), "/c.csv",
            target: 20, targetLabel: "Target for 2027: 20 jobs", targetYear: 2027);
        var axis = Json(chart).GetProperty("xAxis");

        Assert.Equal((2024, 2027), (axis.GetProperty("min").GetInt32(), axis.GetProperty("max").GetInt32()));
        Assert.Equal("line", Json(chart).GetProperty("kind").GetString());
    }

    [Fact]
    public void A_count_axis_writes_the_unit_singular_after_one()
    {
        var format = ChartFormat.FromUnit("positions").Json(wholeValues: true);

        Assert.Equal((" positions", " position"), (format.UnitSuffix, format.UnitSuffixOne));
    }
}
