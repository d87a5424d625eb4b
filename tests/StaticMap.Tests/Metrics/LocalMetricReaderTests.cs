using StaticMap.Core.Diagnostics;
using StaticMap.Core.Metrics;

namespace StaticMap.Tests.Metrics;

public sealed class LocalMetricReaderTests
{
    private const string Path = "plans/test-plan/data/jobs.csv";

    private static (IReadOnlyList<Observation> Observations, IReadOnlyList<Diagnostic> Diagnostics) Parse(string csv)
    {
        var bag = new DiagnosticBag();
        var observations = LocalMetricReader.Parse(Path, csv, "06001", "jobs", bag);
        return (observations, bag.ToSortedList());
    }

    [Fact]
    public void Reads_years_values_subgroups_bounds_and_quality()
    {
        var (observations, diagnostics) = Parse(
            "year,value,subgroup_type,subgroup,lb,ub,quality\n" +
            "2022,176,all,All,160,190,Strong\n2021,120,,,,,\n2021,40,race_ethnicity,Hispanic,,,3\n2020,NA,,,,,\n");
        Assert.Empty(diagnostics);
        Assert.Equal(["2020 All", "2021 All", "2021 Hispanic", "2022 All"], observations.Select(o => $"{o.Year} {o.Subgroup}"));
        var latest = observations[^1];
        Assert.Equal((176.0, 160.0, 190.0, DataQuality.Strong), (latest.Value!.Value, latest.Lower!.Value, latest.Upper!.Value, latest.Quality));
        Assert.Equal(("06001", "jobs", Path), (latest.Geoid, latest.Metric, latest.Source));
        Assert.Equal(("race-ethnicity", DataQuality.Weak), (observations[2].SubgroupType, observations[2].Quality));
        Assert.Null(observations[0].Value);
    }

    [Fact]
    public void Accepts_columns_in_any_order_and_case_and_ignores_others()
    {
        var (observations, diagnostics) = Parse("Notes,Value,YEAR\n\"started, small\",12,2019\n");
        Assert.Empty(diagnostics);
        Assert.Equal((2019, 12.0), (observations[0].Year, observations[0].Value!.Value));
    }

    [Fact]
    public void Reports_a_missing_value_column_at_the_misspelled_header()
    {
        var (observations, diagnostics) = Parse("year,vaule\n2021,3\n");
        var d = Assert.Single(diagnostics);
        Assert.Equal(("MAP074", Path, 1, 6), (d.Code, d.Span.Path, d.Span.Line, d.Span.Column));
        Assert.Contains("no 'value' column; did you mean 'value' instead of 'vaule'", d.Message);
        Assert.Empty(observations);
    }

    [Fact]
    public void Reports_a_missing_year_column_at_the_start_of_the_file()
    {
        var (_, diagnostics) = Parse("date,value\n2021-01-01,3\n");
        var d = Assert.Single(diagnostics);
        Assert.Equal(("MAP074", 1, 1), (d.Code, d.Span.Line, d.Span.Column));
        Assert.Contains("no 'year' column", d.Message);
    }

    [Theory]
    [InlineData("2021,72%\n", "write 72 without the % sign (the site adds it to values whose unit is percent)")]
    [InlineData("2021,\"1,200\"\n", "write 1200 without the comma")]
    [InlineData("2021,$41180\n", "write 41180 without the $ sign (the site adds it to values whose unit is dollars)")]
    [InlineData("2021,lots\n", "plain number")]
    public void Reports_a_value_that_is_not_a_number_with_line_and_column(string row, string hint)
    {
        var (observations, diagnostics) = Parse("year,value\n2020,1\n" + row);
        var d = Assert.Single(diagnostics);
        Assert.Equal(("MAP042", 3, 6), (d.Code, d.Span.Line, d.Span.Column));
        Assert.Contains(hint, d.Message);
        Assert.Single(observations);
    }

    [Fact]
    public void Reports_a_bad_year()
    {
        var (_, diagnostics) = Parse("value,year\n3,FY21\n");
        var d = Assert.Single(diagnostics);
        Assert.Equal(("MAP013", 2, 3), (d.Code, d.Span.Line, d.Span.Column));
        Assert.Equal("'FY21' in column 'year' is not a year; write four digits, e.g. 2021", d.Message);
    }

    [Fact]
    public void Reports_a_year_given_twice()
    {
        var (observations, diagnostics) = Parse("year,value\n2021,1\n2022,2\n2021,3\n");
        var d = Assert.Single(diagnostics);
        Assert.Equal(("MAP074", 4, 1), (d.Code, d.Span.Line, d.Span.Column));
        Assert.Contains("already given on line 2", d.Message);
        Assert.Equal(1.0, observations.Single(o => o.Year == 2021).Value);
    }

    [Fact]
    public void Reports_a_subgroup_without_its_type()
    {
        var (_, diagnostics) = Parse("year,value,subgroup_type,subgroup\n2021,1,,Hispanic\n");
        Assert.Equal(("MAP074", 2, 8), (diagnostics.Single().Code, diagnostics.Single().Span.Line, diagnostics.Single().Span.Column));
    }

    [Fact]
    public void Reports_a_subgroup_column_without_subgroup_type()
    {
        var (_, diagnostics) = Parse("year,value,subgroup\n2021,1,Hispanic\n");
        var d = Assert.Single(diagnostics);
        Assert.Equal(("MAP074", 1, 12), (d.Code, d.Span.Line, d.Span.Column));
    }

    [Fact]
    public void Reports_a_ragged_row_and_keeps_the_others()
    {
        var (observations, diagnostics) = Parse("year,value\n2020,1\n2021,2,3\n2022,4\n");
        var d = Assert.Single(diagnostics);
        Assert.Equal(("MAP074", 3), (d.Code, d.Span.Line));
        Assert.Equal([2020, 2022], observations.Select(o => o.Year));
    }

    [Theory]
    [InlineData("")]
    [InlineData("year,value\n")]
    public void Reports_a_file_without_rows(string csv)
    {
        var (observations, diagnostics) = Parse(csv);
        Assert.Equal(("MAP074", 1, 1), (diagnostics.Single().Code, diagnostics.Single().Span.Line, diagnostics.Single().Span.Column));
        Assert.Empty(observations);
    }

    [Fact]
    public void Reads_a_file_of_the_repository()
    {
        using var repo = new TempRepository().Write(Path, "year,value\n2021,5\n");
        var bag = new DiagnosticBag();
        var observations = LocalMetricReader.Read(repo.Layout, Path, "06001", "jobs", bag);
        Assert.Equal(0, bag.Count);
        Assert.Equal(5.0, Assert.Single(observations).Value);
    }

    [Fact]
    public void Reports_a_file_that_is_not_utf8_without_throwing()
    {
        using var repo = new TempRepository();
        var full = System.IO.Path.Combine(repo.Root, "plans", "test-plan", "data", "jobs.csv");
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, [(byte)'y', (byte)'e', (byte)'a', (byte)'r', (byte)',', 0xE9, (byte)'\n']);
        var bag = new DiagnosticBag();
        Assert.Empty(LocalMetricReader.Read(repo.Layout, Path, "06001", "jobs", bag));
        Assert.Equal("MAP003", Assert.Single(bag.ToSortedList()).Code);
    }

    [Theory]
    [InlineData("../outside.csv")]
    [InlineData("plans/x/../../../outside.csv")]
    public void Refuses_paths_outside_the_repository(string path)
    {
        using var repo = new TempRepository();
        var bag = new DiagnosticBag();
        Assert.Empty(LocalMetricReader.Read(repo.Layout, path, "06001", "jobs", bag));
        Assert.Equal("MAP067", Assert.Single(bag.ToSortedList()).Code);
    }
}
