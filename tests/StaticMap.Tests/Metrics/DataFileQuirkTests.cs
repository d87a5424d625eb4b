using StaticMap.Core.Diagnostics;
using StaticMap.Core.Metrics;
using Xunit;

namespace StaticMap.Tests.Metrics;

/// <summary>The quirks of Urban's CSV files, each on a tiny file.</summary>
public sealed class DataFileQuirkTests
{
    private static (MobilityData Data, IReadOnlyList<Diagnostic> Diagnostics) LoadOne(string csv, params string[] geoids)
    {
        using var repo = new TempRepository().Data("metrics.csv", csv);
        return repo.Load(geoids.Length == 0 ? ["06001"] : geoids);
    }

    private static Observation Single(MobilityData data, string metric, int year, string geoid = "06001") =>
        Assert.Single(data.Get(geoid, metric), o => o.Year == year && o.SubgroupType == "all");

    [Fact]
    public void Reads_numbers_written_with_a_leading_dot()
    {
        var (data, diagnostics) = LoadOne("year,state,county,share_homeless,share_homeless_quality\n2022,06,001,.0252009295,1\n");
        Assert.Empty(diagnostics);
        Assert.Equal(0.0252009295, Single(data, "share_homeless", 2022).Value);
    }

    [Theory]
    [InlineData("NA")]
    [InlineData("")]
    public void Keeps_rows_that_are_not_available_with_a_null_value(string missing)
    {
        var (data, diagnostics) = LoadOne($"year,state,county,share_employed,share_employed_lb,share_employed_ub,share_employed_quality\n2020,06,001,{missing},{missing},{missing},{missing}\n");
        Assert.Empty(diagnostics);
        var o = Single(data, "share_employed", 2020);
        Assert.Null(o.Value);
        Assert.Null(o.Lower);
        Assert.Null(o.Upper);
        Assert.Equal(DataQuality.NotRated, o.Quality);
    }

    [Fact]
    public void Pads_state_and_county_codes_that_lost_their_leading_zeros()
    {
        var (data, diagnostics) = LoadOne("year,state,county,share_medical_debt_coll,share_medical_debt_coll_quality\n2023,6,1,.0231784,1\n2023,27,123,.0085055,1\n", "06001", "27123");
        Assert.Empty(diagnostics);
        Assert.True(data.HasGeography("06001"));
        Assert.Equal(0.0231784, Single(data, "share_medical_debt_coll", 2023).Value);
        Assert.Equal(0.0085055, Single(data, "share_medical_debt_coll", 2023, "27123").Value);
    }

    [Theory]
    [InlineData("race-ethncity")]
    [InlineData("race_ethnicity")]
    [InlineData("Race-Ethnicity")]
    public void Normalises_misspelled_subgroup_types(string written)
    {
        var (data, diagnostics) = LoadOne($"year,state,county,subgroup_type,subgroup,rate_injury_death,rate_injury_death_quality\n2021,06,001,all,All,50.1,1\n2021,06,001,{written},\"Black, Non-Hispanic\",129.1,1\n");
        Assert.Empty(diagnostics);
        var black = Assert.Single(data.Get("06001", "rate_injury_death"), o => o.Subgroup == "Black, Non-Hispanic");
        Assert.Equal("race-ethnicity", black.SubgroupType);
        Assert.Equal(129.1, black.Value);
    }

    [Theory]
    [InlineData("tenure", "All")]
    [InlineData("race-ethnicity", "all")]
    [InlineData("all", "All")]
    public void Treats_the_All_rows_of_subgroup_files_as_everyone(string type, string label)
    {
        var (data, _) = LoadOne($"year,state,county,subgroup_type,subgroup,share_affordable_30_ami,share_affordable_30_ami_quality\n2023,06,001,{type},{label},0.74,1\n");
        var o = Assert.Single(data.Get("06001", "share_affordable_30_ami"));
        Assert.Equal(("all", "All"), (o.SubgroupType, o.Subgroup));
    }

    [Theory]
    [InlineData("2235:1", 2235.0)]
    [InlineData("936", 936.0)]
    [InlineData("902 : 1", 902.0)]
    public void Reads_population_per_physician_as_a_number(string written, double expected)
    {
        var (data, diagnostics) = LoadOne($"year,state,county,ratio_population_pc_physician,ratio_population_pc_physician_quality\n2021,06,001,{written},1\n");
        Assert.Empty(diagnostics);
        var o = Single(data, "ratio_population_pc_physician", 2021);
        Assert.Equal(expected, o.Value);
        Assert.Null(o.Text);
    }

    [Theory]
    [InlineData("0.057:0.130")]
    [InlineData("4.9%:11.1%")]
    public void Keeps_house_value_ratios_as_text(string written)
    {
        var (data, diagnostics) = LoadOne($"year,state,county,ratio_black_nh_house_value_households,ratio_black_nh_house_value_households_quality\n2014,06,001,{written},1\n");
        Assert.Empty(diagnostics);
        var o = Single(data, "ratio_black_nh_house_value_households", 2014);
        Assert.Equal(written, o.Text);
        Assert.Null(o.Value);
    }

    [Theory]
    [InlineData("1", DataQuality.Strong)]
    [InlineData("2", DataQuality.Marginal)]
    [InlineData("3", DataQuality.Weak)]
    [InlineData("Strong", DataQuality.Strong)]
    [InlineData("Marginal", DataQuality.Marginal)]
    [InlineData("Weak", DataQuality.Weak)]
    [InlineData("weak", DataQuality.Weak)]
    [InlineData("NA", DataQuality.NotRated)]
    [InlineData("", DataQuality.NotRated)]
    public void Reads_quality_as_numbers_or_words(string written, DataQuality expected)
    {
        var (data, diagnostics) = LoadOne($"year,state,county,rate_juv_arrest,rate_juv_arrest_quality\n2021,06,001,12.9,{written}\n");
        Assert.Empty(diagnostics);
        Assert.Equal(expected, Single(data, "rate_juv_arrest", 2021).Quality);
    }

    [Fact]
    public void Reads_bounds_by_name_whatever_their_order()
    {
        var (data, _) = LoadOne("year,state,county,share_debt_coll,share_debt_coll_ub,share_debt_coll_lb,share_debt_coll_quality\n2018,06,001,0.1895871,0.194254,0.1849202,1\n");
        var o = Single(data, "share_debt_coll", 2018);
        Assert.Equal(0.1849202, o.Lower);
        Assert.Equal(0.194254, o.Upper);
    }

    [Fact]
    public void Swaps_bounds_written_the_wrong_way_round()
    {
        var (data, _) = LoadOne("year,state,county,share_employed,share_employed_lb,share_employed_ub\n2018,06,001,0.5,0.6,0.4\n");
        var o = Single(data, "share_employed", 2018);
        Assert.Equal((0.4, 0.6), (o.Lower, o.Upper));
    }

    [Theory]
    [InlineData("lbw", "share_low_birth_weight")]
    [InlineData("rate_low_birth_weight", "share_low_birth_weight")]
    [InlineData("learning_rate", "rate_learning")]
    [InlineData("election_turnout", "share_election_turnout")]
    [InlineData("meps20_black", "share_meps20_black")]
    [InlineData("share_debt_col", "share_debt_coll")]
    [InlineData("ratio_average_to_living_wage", "ratio_living_wage")]
    [InlineData("rate_violent_crime", "rate_crime_violent")]
    public void Reads_renamed_variables_under_their_current_name(string column, string variable)
    {
        var (data, diagnostics) = LoadOne($"year,state,county,{column},{column}_lb,{column}_ub,{column}_quality\n2018,06,001,.07,.06,.08,2\n");
        Assert.Empty(diagnostics);
        var o = Single(data, variable, 2018);
        Assert.Equal((0.07, 0.06, 0.08, DataQuality.Marginal), (o.Value!.Value, o.Lower!.Value, o.Upper!.Value, o.Quality));
        Assert.Empty(data.Get("06001", column));
    }

    [Fact]
    public void Applies_shared_quality_columns_to_the_metrics_they_rate()
    {
        var (data, diagnostics) = LoadOne(
            "year,state,county,subgroup_type,subgroup,pctl_income_20,pctl_20_quality,pctl_income_50,pctl_income_50_quality,pctl_income_quality,rate_violent_crime,rate_property_crime,rate_crime_quality\n" +
            "2021,06,001,all,All,41197,3,110202,1,2,22.9,209.8,3\n");
        Assert.Empty(diagnostics);
        Assert.Equal(DataQuality.Weak, Single(data, "pctl_income_20", 2021).Quality);
        Assert.Equal(DataQuality.Strong, Single(data, "pctl_income_50", 2021).Quality);
        Assert.Equal(DataQuality.Weak, Single(data, "rate_crime_violent", 2021).Quality);
        Assert.Equal(DataQuality.Weak, Single(data, "rate_crime_property", 2021).Quality);
    }

    [Fact]
    public void Uses_the_general_shared_quality_column_when_no_specific_one_exists()
    {
        var (data, _) = LoadOne("year,state,county,pctl_income_80,pctl_income_quality\n2021,06,001,224447,2\n");
        Assert.Equal(DataQuality.Marginal, Single(data, "pctl_income_80", 2021).Quality);
    }

    [Fact]
    public void Builds_seven_digit_geoids_for_place_files()
    {
        var (data, diagnostics) = LoadOne("year,state,place,state_name,place_name,share_employed,share_employed_quality\n2021,6,44000,California,Los Angeles city,0.77,1\n2021,06,53000,California,Oakland city,0.79,1\n", "0644000");
        Assert.Empty(diagnostics);
        Assert.Equal(0.77, Single(data, "share_employed", 2021, "0644000").Value);
        Assert.Equal("Los Angeles city, California", data.NameOf("0644000"));
        Assert.False(data.HasGeography("0653000"));
    }

    [Fact]
    public void Treats_a_file_with_a_place_column_as_a_city_file_even_with_a_county_column()
    {
        var (data, diagnostics) = LoadOne("year,state,county,place,share_employed\n2021,06,001,53000,0.79\n", "0653000", "06001");
        Assert.Empty(diagnostics);
        Assert.Equal(0.79, Single(data, "share_employed", 2021, "0653000").Value);
        Assert.False(data.HasGeography("06001"));
    }

    [Fact]
    public void Reads_names_from_a_crosswalk_without_years()
    {
        var (data, diagnostics) = LoadOne("state,county,state_name,county_name\n06,001,California,Alameda County\n");
        Assert.Empty(diagnostics);
        Assert.Equal("Alameda County, California", data.NameOf("06001"));
    }

    [Fact]
    public void Reads_quoted_headers_and_values()
    {
        var (data, diagnostics) = LoadOne("\"year\",\"state\",\"county\",\"share_digital_access\",\"share_digital_access_quality\"\n2018,\"06\",\"001\",0.782702881980205,1\n");
        Assert.Empty(diagnostics);
        Assert.Equal(0.782702881980205, Single(data, "share_digital_access", 2018).Value);
    }

    [Fact]
    public void Reads_the_tidy_layout()
    {
        var (data, diagnostics) = LoadOne(
            "geoid,state,county,state_name,county_name,year,subgroup_type,subgroup,metric,value,lb,ub,quality,quality_label,source_path,source_commit\n" +
            "06001,06,001,California,Alameda County,2014,all,All,count_homeless,3481,3480,3482,1,Strong,02_housing/x.csv,5aa12e3e08b1\n" +
            "06001,06,001,California,Alameda County,2021,race-ethnicity,Hispanic,share_employed,0.81,0.80,0.82,,Marginal,x.csv,5aa12e3e08b1\n" +
            "06001,06,001,California,Alameda County,2019,all,All,share_homeless,,,,,,x.csv,5aa12e3e08b1\n");
        Assert.Empty(diagnostics);
        var homeless = Single(data, "count_homeless", 2014);
        Assert.Equal((3481.0, 3480.0, 3482.0, DataQuality.Strong), (homeless.Value!.Value, homeless.Lower!.Value, homeless.Upper!.Value, homeless.Quality));
        var hispanic = Assert.Single(data.Get("06001", "share_employed"));
        Assert.Equal(("race-ethnicity", "Hispanic", DataQuality.Marginal), (hispanic.SubgroupType, hispanic.Subgroup, hispanic.Quality));
        Assert.Null(Single(data, "share_homeless", 2019).Value);
        Assert.Equal("Alameda County, California", data.NameOf("06001"));
    }

    [Fact]
    public void Keeps_only_the_requested_geographies()
    {
        var (data, _) = LoadOne("year,state,county,share_employed\n2021,06,001,0.8\n2021,06,003,0.7\n");
        Assert.True(data.HasGeography("06001"));
        Assert.False(data.HasGeography("06003"));
        Assert.Empty(data.Get("06003", "share_employed"));
    }

    [Fact]
    public void Orders_observations_by_year_then_everyone_then_subgroup()
    {
        var (data, _) = LoadOne("year,state,county,subgroup_type,subgroup,share_employed\n" +
                                "2021,06,001,race-ethnicity,White,0.84\n2018,06,001,race-ethnicity,Hispanic,0.8\n2021,06,001,all,All,0.8\n2018,06,001,all,All,0.81\n2021,06,001,gender,Female,0.78\n2021,06,001,race-ethnicity,Black,0.75\n");
        var order = data.Get("06001", "share_employed").Select(o => $"{o.Year} {o.Subgroup}").ToList();
        Assert.Equal(["2018 All", "2018 Hispanic", "2021 All", "2021 Female", "2021 Black", "2021 White"], order);
    }

    [Fact]
    public void Keeps_the_first_of_duplicate_observations_in_file_order_and_warns_when_files_disagree()
    {
        using var repo = new TempRepository()
            .Data("b_per_metric.csv", "year,state,county,share_employed,share_employed_quality\n2018,06,001,0.2,3\n2019,06,001,0.3,1\n")
            .Data("a_combined.csv", "year,state,county,share_employed,share_employed_quality\n2018,06,001,0.1,1\n2018,06,001,0.9,1\n");
        var (data, diagnostics) = repo.Load("06001");
        // Two everyone files with different values for 2018: the first in path order is shown, and the other is warned.
        var d = Assert.Single(diagnostics);
        Assert.Equal(("MAP079", "input/data/b_per_metric.csv"), (d.Code, d.Span.Path));
        var observations = data.Get("06001", "share_employed");
        Assert.Equal([(2018, 0.1), (2019, 0.3)], observations.Select(o => (o.Year, o.Value!.Value)));
        Assert.Equal("input/data/a_combined.csv", observations[0].Source);
        Assert.Equal(["input/data/a_combined.csv", "input/data/b_per_metric.csv"], data.Files);
    }

    [Fact]
    public void Reports_a_ragged_row_with_its_line_and_reads_the_rest()
    {
        var (data, diagnostics) = LoadOne("year,state,county,share_employed\n2018,06,001,0.8\n2019,06,001\n2020,06,001,0.7\n");
        var d = Assert.Single(diagnostics);
        Assert.Equal(("MAP073", "input/data/metrics.csv", 3, Severity.Error), (d.Code, d.Span.Path, d.Span.Line, d.Severity));
        Assert.Contains("3 values where the header has 4", d.Message);
        Assert.Equal([2018, 2020], data.Get("06001", "share_employed").Select(o => o.Year));
    }

    [Theory]
    [InlineData("2019,06,001,0.\"7\n", 3)]
    [InlineData("2019,06,001,\"0.7\"x\n", 3)]
    [InlineData("2019,06,\"001,0.7\n", 3)]
    public void Reports_bad_quoting_with_its_line_and_never_throws(string badRow, int line)
    {
        var (data, diagnostics) = LoadOne("year,state,county,share_employed\n2018,06,001,0.8\n" + badRow + "2020,06,001,0.6\n");
        var d = Assert.Single(diagnostics);
        Assert.Equal(("MAP073", line), (d.Code, d.Span.Line));
        Assert.Contains("quote", d.Message);
        Assert.Equal([2018, 2020], data.Get("06001", "share_employed").Select(o => o.Year));
    }

    [Fact]
    public void Reports_a_value_that_is_not_a_number_with_line_and_column()
    {
        var (_, diagnostics) = LoadOne("year,state,county,share_employed,share_employed_quality\n2018,06,001,0.8,1\n2019,06,001,eighty,Excellent\n");
        Assert.Equal(2, diagnostics.Count);
        Assert.Equal(("MAP073", 3, 13), (diagnostics[0].Code, diagnostics[0].Span.Line, diagnostics[0].Span.Column));
        Assert.Contains("'eighty'", diagnostics[0].Message);
        Assert.Equal(("MAP073", 3, 20), (diagnostics[1].Code, diagnostics[1].Span.Line, diagnostics[1].Span.Column));
        Assert.Contains("'Excellent'", diagnostics[1].Message);
    }

    [Fact]
    public void Reports_a_fips_code_that_is_not_digits()
    {
        var (_, diagnostics) = LoadOne("year,state,county,share_employed\n2018,CA,001,0.8\n");
        var d = Assert.Single(diagnostics);
        Assert.Equal(("MAP073", 2, 6), (d.Code, d.Span.Line, d.Span.Column));
    }

    [Fact]
    public void Limits_the_problems_reported_for_one_file()
    {
        var rows = string.Concat(Enumerable.Range(0, 50).Select(i => $"{2000 + i},06,001,bad\n"));
        var (_, diagnostics) = LoadOne("year,state,county,share_employed\n" + rows);
        Assert.Equal(21, diagnostics.Count);
        Assert.Contains(diagnostics, d => d.Message.StartsWith("30 more problems", StringComparison.Ordinal));
    }

    [Fact]
    public void Skips_a_file_without_a_year_column_with_a_warning()
    {
        var (data, diagnostics) = LoadOne(
            "state,county,state_name,county_name,share_in_preschool,share_in_preschool_quality,ratio_population_pc_physician,ratio_population_pc_physician_quality\n" +
            "06,001,California,Alameda County,0.51603,1,902:1,1\n");
        var d = Assert.Single(diagnostics);
        Assert.Equal(("MAP077", Severity.Warning, 1, 1), (d.Code, d.Severity, d.Span.Line, d.Span.Column));
        Assert.Contains("no 'year' column", d.Message);
        Assert.Empty(data.Get("06001", "share_in_preschool"));
    }

    [Fact]
    public void Skips_a_file_without_geography_or_metrics()
    {
        var (_, diagnostics) = LoadOne("name,notes\nx,y\n");
        var d = Assert.Single(diagnostics);
        Assert.Equal("MAP077", d.Code);
        Assert.Contains("no geography columns", d.Message);
    }

    [Fact]
    public void Skips_an_empty_file_with_a_warning()
    {
        var (_, diagnostics) = LoadOne("");
        Assert.Equal("MAP077", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Warns_once_about_metric_columns_it_does_not_know_and_ignores_other_columns()
    {
        var (data, diagnostics) = LoadOne("year,state,county,population,notes,index_air_quality,index_air_quality_quality,index_transit_trips,share_employed\n2018,06,001,1600000,x,48,1,79,0.8\n");
        var d = Assert.Single(diagnostics);
        Assert.Equal(("MAP078", Severity.Warning), (d.Code, d.Severity));
        Assert.Contains("index_air_quality, index_transit_trips", d.Message);
        Assert.DoesNotContain("population", d.Message);
        Assert.Equal(0.8, Single(data, "share_employed", 2018).Value);
    }

    [Fact]
    public void Reads_names_from_a_population_file()
    {
        using var repo = new TempRepository()
            .Data("county-populations.csv", "year,state,county,state_name,county_name,population\n2014,06,001,California, Alameda County,1610921\n");
        var (data, diagnostics) = repo.Load("06001");
        Assert.Empty(diagnostics);
        Assert.Equal("Alameda County, California", data.NameOf("06001"));
        Assert.True(data.HasGeography("06001"));
    }

    [Fact]
    public void Refuses_a_data_path_outside_the_repository()
    {
        using var repo = new TempRepository();
        var layout = repo.Layout with { InputDataFiles = ["../outside.csv"] };
        var bag = new DiagnosticBag();
        var data = MobilityData.Load(layout, MetricCatalog.Embedded, new HashSet<string> { "06001" }, bag);
        Assert.Equal("MAP067", Assert.Single(bag.ToSortedList()).Code);
        Assert.False(data.HasGeography("06001"));
    }

    [Fact]
    public void Loads_a_large_file_quickly()
    {
        var header = "year,state,county," + string.Join(",", MetricCatalog.Embedded.All.Select(m => m.Variable + "," + m.Variable + "_quality"));
        var row = string.Join(",", MetricCatalog.Embedded.All.Select(m => m.Format == ValueFormat.Text ? "0.057:0.130,Strong" : "0.5432109876543,Strong"));
        var text = new System.Text.StringBuilder(header).Append('\n');
        for (var state = 1; state <= 56; state++)
        for (var county = 1; county <= 40; county += 2)
        for (var year = 2014; year <= 2023; year++)
            text.Append(year).Append(',').Append(state.ToString("00")).Append(',').Append(county.ToString("000")).Append(',').Append(row).Append('\n');
        using var repo = new TempRepository().Data("big.csv", text.ToString());
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var (data, diagnostics) = repo.Load("06001", "27123");
        watch.Stop();
        Assert.Empty(diagnostics);
        Assert.Equal(10, data.Get("06001", "share_employed").Count);
        // About 11,000 rows × 97 columns; generous so that a slow CI machine does not fail it, strict enough to catch a quadratic reader.
        Assert.True(watch.ElapsedMilliseconds < 5000, $"took {watch.ElapsedMilliseconds} ms");
    }
}
