using System.Globalization;
using System.Text;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Metrics;
using StaticMap.Core.Reading;
using StaticMap.Tests.Support;
using Xunit;

namespace StaticMap.Tests.Metrics;

/// <summary>
/// Urban's files as published (rows copied verbatim into Fixtures/urban/), dropped into a folder below input/data/
/// under Urban's own names and found by the repository scanner, as a new user would: every value of every file is
/// read, and no year a file has is lost from a series.
/// </summary>
public sealed class UrbanFileTests
{
    private const string Oakland = "0653000";
    private const string Pittsburgh = "4261000";
    private const string Alameda = "06001";
    private static readonly string FixtureRoot = Path.Combine(AppContext.BaseDirectory, "Fixtures", "urban");

    private static string Fixture(string folder, string name) => File.ReadAllText(Path.Combine(FixtureRoot, folder, name));

    private static string[] FixtureNames(string folder) =>
        Directory.GetFiles(Path.Combine(FixtureRoot, folder), "*.csv").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    /// <summary>Copies fixture files into input/data/mobility-metrics/ of a temp repository and loads them as the build does.</summary>
    private static (MobilityData Data, IReadOnlyList<Diagnostic> Diagnostics) LoadFolder(string folder, string[] names, params string[] geoids)
    {
        using var repo = new TempRepository();
        foreach (var name in names) repo.Write($"input/data/mobility-metrics/{name}", Fixture(folder, name));
        return LoadScanned(repo, geoids);
    }

    private static (MobilityData Data, IReadOnlyList<Diagnostic> Diagnostics) LoadScanned(TempRepository repo, params string[] geoids)
    {
        var bag = new DiagnosticBag();
        var layout = RepositoryScanner.Scan(repo.Root, bag);
        var data = MobilityData.Load(layout, MetricCatalog.Embedded, geoids.ToHashSet(), bag);
        return (data, bag.ToSortedList());
    }

    private static readonly Lazy<(MobilityData Data, IReadOnlyList<Diagnostic> Diagnostics)> Places =
        new(() => LoadFolder("places", FixtureNames("places"), Oakland, Pittsburgh, "2915670", "4260000", "2758000"));

    /// <summary>
    /// Urban's files as published read without a single warning: even the 2025 city file's
    /// ratio_high_low_ses_fb_friends (friendships across class) is in the catalog, as a metric of its own.
    /// </summary>
    private static void AssertNoWarnings(IReadOnlyList<Diagnostic> diagnostics) => Assert.Empty(diagnostics);

    private static IReadOnlyList<Observation> Everyone(MobilityData data, string geoid, string metric) =>
        data.Get(geoid, metric).Where(o => o.SubgroupType == SubgroupNames.AllType).ToList();

    // Depth and names

    [Fact]
    public void Files_in_folders_below_input_data_are_read_and_hidden_folders_are_not()
    {
        using var repo = new TempRepository()
            .Write("input/data/urban/2025/city/61_mobility-metrics_place_longitudinal.csv", Fixture("places", "61_mobility-metrics_place_longitudinal.csv"))
            .Write("input/data/.git/old.csv", "year,state,place,share_employed\n2014,06,53000,0.1\n")
            .Write("input/data/.hidden.csv", "year,state,place,share_employed\n2015,06,53000,0.1\n");
        var (data, diagnostics) = LoadScanned(repo, Oakland);
        AssertNoWarnings(diagnostics);
        Assert.Equal(["input/data/urban/2025/city/61_mobility-metrics_place_longitudinal.csv"], data.Files);
        Assert.Equal(0.7733985081184315, Everyone(data, Oakland, "share_employed").Single(o => o.Year == 2014).Value);
    }

    // The five cities' files (places/)

    [Fact]
    public void Urban_place_files_as_published_load_without_errors_or_warnings()
    {
        // 61_ says 'tenure,All' and 'NA,NA' on its everyone rows; 06_'s everyone rows differ from 61_'s, which win
        // without a warning (the documented case: an everyone file over a subgroup file's 'all' rows).
        AssertNoWarnings(Places.Value.Diagnostics);
    }

    [Theory]
    [InlineData(Oakland, "share_employed")]
    [InlineData(Pittsburgh, "share_employed")]
    [InlineData("2915670", "share_employed")]
    [InlineData("4260000", "share_employed")]
    [InlineData("2758000", "share_employed")]
    [InlineData(Oakland, "pctl_income_20")]
    [InlineData("4260000", "share_in_preschool")]
    [InlineData("2758000", "share_hs_degree")]
    public void Each_citys_everyone_series_has_every_year_of_the_2025_everyone_file_with_its_value(string geoid, string metric)
    {
        var expected = Rows("places", "61_mobility-metrics_place_longitudinal.csv", geoid)
            .Where(r => !IsMissing(r[metric]))
            .ToDictionary(r => int.Parse(r["year"], CultureInfo.InvariantCulture), r => Number(r[metric]));
        Assert.True(expected.Count >= 3, $"61_ has {expected.Count} years of {metric} for {geoid}");
        var series = Everyone(Places.Value.Data, geoid, metric).Where(PlanMetrics.HasValue).ToList();
        Assert.Equal(expected.Keys.Order(), series.Select(o => o.Year));
        foreach (var o in series)
        {
            Assert.Equal(expected[o.Year], o.Value);
            Assert.EndsWith("/61_mobility-metrics_place_longitudinal.csv", o.Source);
        }
    }

    [Fact]
    public void Oakland_employment_has_the_nine_years_of_61_and_the_older_race_file_hides_none()
    {
        var series = Everyone(Places.Value.Data, Oakland, "share_employed").Where(PlanMetrics.HasValue).ToList();
        Assert.Equal([2014, 2015, 2016, 2017, 2018, 2019, 2021, 2022, 2023], series.Select(o => o.Year));
        // 06_ (2024) has 0.8007376758162486 for 2018 and NA for 2014–2017: neither hides nor replaces 61_'s values.
        Assert.Equal(0.8284645593425713, series.Single(o => o.Year == 2018).Value);
        Assert.Equal(DataQuality.Weak, series.Single(o => o.Year == 2018).Quality);
    }

    [Fact]
    public void Oakland_employment_chart_draws_every_year_on_a_linear_year_axis()
    {
        var observations = Places.Value.Data.Get(Oakland, "share_employed");
        var data = new StaticMap.Core.Rendering.Charts.MetricData("Employment rate", "share_employed",
            StaticMap.Core.Rendering.Charts.ChartFormat.From(ValueFormat.Proportion), true, "Oakland city, California",
            observations, [], ["race-ethnicity"]);
        var charts = StaticMap.Core.Rendering.Charts.MetricCharts.Build(data, "sm-chart-share_employed", s => $"{s}.csv");
        var trend = charts.Single(c => c.Id.EndsWith("-trend", StringComparison.Ordinal));
        Assert.StartsWith("Employment rate, Oakland city, California, 2014 to 2023.", trend.Caption);
        using var json = System.Text.Json.JsonDocument.Parse(trend.Config.ToString()!);
        var root = json.RootElement;
        Assert.Equal("linear", root.GetProperty("xAxis").GetProperty("type").GetString());
        Assert.Equal((2014, 2023, 1), (root.GetProperty("xAxis").GetProperty("min").GetInt32(),
            root.GetProperty("xAxis").GetProperty("max").GetInt32(), root.GetProperty("xAxis").GetProperty("stepSize").GetInt32()));
        var points = ChartPageData.Of(trend).Datasets[0].Data.Where(p => p.Y is not null).Select(p => (p.X, p.Y!.Value)).ToList();
        var expected = Rows("places", "61_mobility-metrics_place_longitudinal.csv", Oakland)
            .Where(r => !IsMissing(r["share_employed"]))
            .Select(r => (int.Parse(r["year"], CultureInfo.InvariantCulture), Number(r["share_employed"]))).ToList();
        Assert.Equal(expected, points);
        // The race-ethnicity chart has the two years the race file has, 2018 and 2021, three years apart on the axis; the
        // metric is annual (the everyone chart's data), so 2019 and 2020 are gaps: null points, the line broken there.
        var race = charts.Single(c => c.Id.EndsWith("-race-ethnicity", StringComparison.Ordinal));
        var raceData = ChartPageData.Of(race);
        Assert.Equal([2018, 2021], raceData.Years);
        Assert.NotEmpty(raceData.Datasets);
        Assert.All(raceData.Datasets, d =>
        {
            Assert.Equal([2018, 2021], d.Data.Where(p => p.Y is not null).Select(p => p.X));
            Assert.Equal([2019, 2020], d.Data.Where(p => p.Y is null).Select(p => p.X));
        });
    }

    [Fact]
    public void Oakland_employment_by_race_comes_from_the_older_race_ethnicity_file()
    {
        var black = Places.Value.Data.Get(Oakland, "share_employed").Where(o => o.Subgroup == "Black, Non-Hispanic" && PlanMetrics.HasValue(o)).ToList();
        Assert.Equal([2018, 2021], black.Select(o => o.Year));
        Assert.Equal(0.698493506434332, black[0].Value);
        Assert.Equal(DataQuality.Weak, black[0].Quality);
        Assert.All(black, o => Assert.Equal("race-ethnicity", o.SubgroupType));
    }

    [Fact]
    public void Old_place_file_quality_columns_named_pctl_20_quality_rate_the_income_percentiles()
    {
        var o = Places.Value.Data.Get(Oakland, "pctl_income_20").Single(o => o.Year == 2018 && o.Subgroup == "Hispanic");
        Assert.Equal(DataQuality.Weak, o.Quality);
        Assert.NotNull(o.Value);
    }

    [Fact]
    public void House_value_ratios_joined_by_a_colon_are_kept_as_text()
    {
        var o = Everyone(Places.Value.Data, Oakland, "ratio_black_nh_house_value_households").Single(o => o.Year == 2014);
        Assert.Equal("0.170:0.272", o.Text);
        Assert.Null(o.Value);
    }

    [Theory]
    [InlineData("places")]
    [InlineData("county")]
    [InlineData("repository")]
    public void Every_value_of_every_file_is_read_and_no_series_loses_a_year(string folder)
    {
        var names = FixtureNames(folder);
        var geoids = names.SelectMany(n => Rows(folder, n, null)).Select(Geoid).Where(g => g is not null).Distinct().ToArray()!;
        var (data, diagnostics) = LoadFolder(folder, names, geoids!);
        Assert.DoesNotContain(diagnostics, d => d.IsError);
        var checkedValues = 0;
        // Every (geography, metric, year, subgroup) that a file gives a value for has a value; where only one file
        // gives it, it is that file's value.
        var given = new Dictionary<(string, string, int, string, string), List<(string File, string Raw)>>();
        foreach (var name in names)
        foreach (var row in Rows(folder, name, null))
        {
            if (Geoid(row) is not { } geoid || !row.TryGetValue("year", out var yearText)) continue;
            var (type, label) = Subgroup(row);
            foreach (var (column, raw) in row)
            {
                if (IsMissing(raw) || !MetricCatalog.Embedded.TryResolve(column, out var metric)) continue;
                var key = (geoid, metric.Variable, int.Parse(yearText, CultureInfo.InvariantCulture), type, label);
                if (!given.TryGetValue(key, out var list)) given[key] = list = [];
                list.Add((name, raw));
            }
        }
        Assert.NotEmpty(given);
        foreach (var ((geoid, metric, year, type, label), sources) in given)
        {
            var o = data.Get(geoid, metric).SingleOrDefault(o => o.Year == year && o.SubgroupType == type && o.Subgroup == label);
            Assert.True(o is not null && PlanMetrics.HasValue(o), $"{metric} {geoid} {year} {type}/{label} from {sources[0].File} was lost");
            if (sources.Count > 1) continue;
            checkedValues++;
            MetricCatalog.Embedded.TryGet(metric, out var definition);
            if (definition.Format == ValueFormat.Text) Assert.Equal(sources[0].Raw, o!.Text);
            else Assert.Equal(Measure(sources[0].Raw), o!.Value);
            Assert.EndsWith("/" + sources[0].File, o.Source);
        }
        Assert.True(checkedValues > 20, $"only {checkedValues} values checked");
    }

    [Fact]
    public void A_byte_order_mark_CRLF_line_ends_and_quoted_numbers_read_the_same()
    {
        var plain = Fixture("places", "61_mobility-metrics_place_longitudinal.csv");
        var quoted = string.Join("\r\n", plain.TrimEnd('\n').Split('\n')
            .Select(line => string.Join(",", SplitCsv(line).Select(f => "\"" + f.Replace("\"", "\"\"") + "\"")))) + "\r\n";
        using var repo = new TempRepository();
        repo.Write("input/data/a/61_mobility-metrics_place_longitudinal.csv", "\uFEFF" + quoted);
        var (data, diagnostics) = LoadScanned(repo, Oakland);
        AssertNoWarnings(diagnostics);
        var expected = Everyone(Places.Value.Data, Oakland, "share_employed")
            .Where(PlanMetrics.HasValue).Select(o => (o.Year, o.Value, o.Lower, o.Upper, o.Quality)).ToList();
        Assert.Equal(9, expected.Count);
        Assert.Equal(expected, Everyone(data, Oakland, "share_employed").Where(PlanMetrics.HasValue).Select(o => (o.Year, o.Value, o.Lower, o.Upper, o.Quality)));
        Assert.Equal("Oakland city, California", data.NameOf(Oakland));
    }

    // County files (county/): per-metric "final" files, the rebuilt 11_ layout, the 2024 "recent" file

    [Fact]
    public void County_final_files_as_published_load_with_only_the_recent_file_skipped()
    {
        var (data, diagnostics) = LoadFolder("county", FixtureNames("county"), Alameda);
        var d = Assert.Single(diagnostics);
        Assert.Equal("MAP077", d.Code);
        Assert.EndsWith("released_2024-02-13__data__00_mobility-metrics_recent.csv", d.Span.Path);
        Assert.Contains("no 'year' column", d.Message);
        // Per-metric file quirks: 1/2/3 quality, bounds in the order ub, lb, "race_ethnicity" and "race-ethncity".
        var debt = Everyone(data, Alameda, "share_debt_coll").Single(o => o.Year == 2018);
        Assert.Equal((0.1895871, 0.1849202, 0.194254, DataQuality.Strong), (debt.Value!.Value, debt.Lower!.Value, debt.Upper!.Value, debt.Quality));
        Assert.Contains(data.Get(Alameda, "share_digital_access"), o => o.SubgroupType == "race-ethnicity" && o.Subgroup == "Hispanic" && o.Year == 2018);
        Assert.Contains(data.Get(Alameda, "rate_injury_death"), o => o.SubgroupType == "race-ethnicity" && o.Subgroup == "Black, Non-Hispanic" && o.Year == 2021);
        Assert.Equal("Alameda County, California", data.NameOf(Alameda));
    }

    [Fact]
    public void County_employment_keeps_every_year_of_the_everyone_files()
    {
        var (data, _) = LoadFolder("county", FixtureNames("county"), Alameda);
        var years = Everyone(data, Alameda, "share_employed").Where(PlanMetrics.HasValue).Select(o => o.Year).ToList();
        Assert.Equal([2014, 2015, 2016, 2017, 2018, 2019, 2021, 2022, 2023], years);
        // The everyone files (the per-metric file and the rebuilt 11_ file) win over the 2024 race file's 'all' row.
        Assert.Equal(0.8297486437032519, Everyone(data, Alameda, "share_employed").Single(o => o.Year == 2018).Value);
    }

    // Urban's data/ files not in the shared extract (repository/)

    [Fact]
    public void Subgroup_files_of_the_2025_release_give_their_groups()
    {
        var (data, diagnostics) = LoadFolder("repository", FixtureNames("repository"), "01001", "0103076");
        Assert.DoesNotContain(diagnostics, d => d.IsError);
        Assert.Equal(["Female", "Male"], data.Get("01001", "share_employed").Where(o => o.SubgroupType == "gender").Select(o => o.Subgroup).Order());
        Assert.Equal(0.2822, data.Get("01001", "share_employed").Single(o => o.Year == 2014 && o.Subgroup == "With Disability").Value);
        Assert.Equal(7, data.Get("01001", "ratio_living_wage").Count(o => o.SubgroupType == "industry"));
        Assert.Equal(4, data.Get("01001", "share_low_birth_weight").Count(o => o.SubgroupType == "mothers-education"));
        Assert.Equal(9.0, data.Get("01001", "index_air_hazard").Single(o => o.Subgroup == "Neighborhoods of color").Value);
        Assert.Equal(0.6975, data.Get("0103076", "share_employed").Single(o => o.Year == 2014 && o.Subgroup == "Black, Non-Hispanic").Value);
        Assert.Equal("0.701:0.647", data.Get("0103076", "ratio_white_nh_house_value_households").Single(o => o.Subgroup == "Under Age 45").Text);
        Assert.Equal((1.9231, DataQuality.Weak), data.Get("01001", "share_affordable_50_ami").Where(o => o.Subgroup == "Owner").Select(o => (o.Value!.Value, o.Quality)).Single());
        Assert.Equal(1.4756, Everyone(data, "01001", "share_affordable_50_ami").Single().Value);
    }

    [Fact]
    public void Older_layouts_are_read_with_their_old_names_and_quality_numbers()
    {
        var (data, _) = LoadFolder("repository", FixtureNames("repository"), "01001", "0103076");
        // 02_…race_longitudinal.csv (2021) calls the metric juvenile_arrest_rate.
        var arrests = data.Get("01001", "rate_juv_arrest").Single(o => o.Year == 2016 && o.Subgroup == "Black");
        Assert.Equal((3187.7195, DataQuality.Marginal), (arrests.Value!.Value, arrests.Quality));
        // 05_mobility-metrics_place_longitudinal.csv (2024): quality 1/2/3, percent ratios, shared income quality.
        // Auburn's employment: 2014 from the 2025 race-ethnicity file's All row, 2018 and 2021 from the 2024 everyone file.
        var auburn = Everyone(data, "0103076", "share_employed").Where(PlanMetrics.HasValue).ToList();
        Assert.Equal([(2014, 0.7505), (2018, 0.8047409335068229), (2021, 0.7918990052192533)], auburn.Select(o => (o.Year, o.Value!.Value)));
        Assert.EndsWith("/62_mobility-metrics_place_race-ethnicity_longitudinal.csv", auburn[0].Source);
        Assert.EndsWith("/05_mobility-metrics_place_longitudinal.csv", auburn[1].Source);
        Assert.Equal(DataQuality.Marginal, auburn[1].Quality);
        Assert.Equal("11.9%:24.6%", Everyone(data, "0103076", "ratio_black_nh_house_value_households").Single(o => o.Year == 2014).Text);
        Assert.Equal(DataQuality.Marginal, Everyone(data, "0103076", "pctl_income_50").Single(o => o.Year == 2018).Quality);
    }

    // Precedence that does not depend on file names

    [Fact]
    public void An_everyone_file_wins_over_a_subgroup_files_all_rows_whatever_the_names()
    {
        using var repo = new TempRepository()
            .Data("00_subgroups.csv", "year,state,county,subgroup_type,subgroup,share_employed\n2018,06,001,all,All,0.80\n2018,06,001,race-ethnicity,Hispanic,0.70\n2019,06,001,all,All,0.81\n")
            .Data("zz/everyone.csv", "year,state,county,share_employed\n2018,06,001,0.83\n2019,06,001,NA\n");
        var (data, diagnostics) = repo.Load(Alameda);
        Assert.Empty(diagnostics);
        var rows = Everyone(data, Alameda, "share_employed");
        Assert.Equal(0.83, rows.Single(o => o.Year == 2018).Value);
        // A missing value never hides one: 2019 is NA in the everyone file, so the subgroup file's value is shown.
        Assert.Equal(0.81, rows.Single(o => o.Year == 2019).Value);
    }

    [Fact]
    public void Two_files_of_the_same_kind_that_disagree_are_warned_naming_both_and_an_example()
    {
        using var repo = new TempRepository()
            .Data("a/11_county.csv", "year,state,county,county_name,state_name,share_employed\n2018,06,001,Alameda County,California,0.83\n2019,06,001,Alameda County,California,0.84\n2020,06,001,Alameda County,California,0.5\n")
            .Data("b/final.csv", "year,state,county,share_employed\n2018,06,001,0.80\n2019,06,001,0.8400001\n2020,06,001,0.6\n");
        var (data, diagnostics) = repo.Load(Alameda);
        var d = Assert.Single(diagnostics);
        Assert.Equal("MAP079", d.Code);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal("input/data/b/final.csv", d.Span.Path);
        Assert.Contains("input/data/b/final.csv and input/data/a/11_county.csv give different values for 2 estimates", d.Message);
        Assert.Contains("e.g. share_employed for 06001 (Alameda County, California) in 2018 (everyone): 80% in input/data/b/final.csv but 83% in input/data/a/11_county.csv", d.Message);
        Assert.Equal(0.83, Everyone(data, Alameda, "share_employed").Single(o => o.Year == 2018).Value);
    }

    /// <summary>Review, 2026-12-07: MAP079 quoted raw values ("15196.455", "3100000"); it writes them as the site writes the
    /// metric, with the decimals it takes to tell two values apart.</summary>
    [Theory]
    [InlineData("pctl_income_20", "15196.455", "15300.2", "$15,300 in input/data/b.csv but $15,196 in input/data/a.csv")]
    [InlineData("count_homeless", "3100000", "3250000", "3,250,000 in input/data/b.csv but 3,100,000 in input/data/a.csv")]
    [InlineData("share_employed", "0.8044", "0.80352", "80.35% in input/data/b.csv but 80.44% in input/data/a.csv")]
    [InlineData("share_employed", "0.804", "0.75", "75% in input/data/b.csv but 80.4% in input/data/a.csv")]
    public void Files_that_disagree_are_quoted_with_values_written_as_the_site_writes_the_metric(string metric, string shown, string other, string expected)
    {
        using var repo = new TempRepository()
            .Data("a.csv", $"year,state,county,{metric}\n2018,06,001,{shown}\n")
            .Data("b.csv", $"year,state,county,{metric}\n2018,06,001,{other}\n");
        var (_, diagnostics) = repo.Load(Alameda);
        var d = Assert.Single(diagnostics);
        Assert.Equal(("MAP079", "input/data/b.csv"), (d.Code, d.Span.Path));
        Assert.Contains($"e.g. {metric} for 06001 in 2018 (everyone): {expected};", d.Message);
    }

    [Fact]
    public void Subgroup_rows_of_two_subgroup_files_that_disagree_are_warned()
    {
        using var repo = new TempRepository()
            .Data("06_race.csv", "year,state,county,subgroup_type,subgroup,share_employed\n2021,06,001,race-ethnicity,Hispanic,0.70\n")
            .Data("12_race.csv", "year,state,county,subgroup_type,subgroup,share_employed\n2021,06,001,race_ethnicity,Hispanic,0.75\n");
        var (_, diagnostics) = repo.Load(Alameda);
        var d = Assert.Single(diagnostics);
        Assert.Equal("MAP079", d.Code);
        Assert.Contains("(race-ethnicity Hispanic)", d.Message);
    }

    // What a "no data" message says

    [Fact]
    public void The_no_data_message_lists_folders_files_and_the_fips_codes_found()
    {
        using var repo = new TempRepository();
        foreach (var name in FixtureNames("county")) repo.Write($"input/data/mobility-metrics/{name}", Fixture("county", name));
        repo.Write("input/data/more/x.csv", "year,state,county,share_employed\n2018,27,123,0.83\n");
        var (data, _) = LoadScanned(repo, Oakland);
        var searched = PlanMetrics.Searched(data);
        Assert.Equal($"searched {FixtureNames("county").Length + 1} CSV files in input/data/mobility-metrics/ and input/data/more/; they have rows for 2 counties (06001, 27123) and no place", searched);
        Assert.False(data.HasGeography(Oakland));
    }

    [Fact]
    public void The_no_data_message_says_when_there_are_no_files()
    {
        using var repo = new TempRepository().Write("input/data/README.md", "# data\n");
        var (data, _) = LoadScanned(repo, Oakland);
        Assert.Equal("input/data/ and the folders below it have no CSV files", PlanMetrics.Searched(data));
    }

    // Helpers: a plain CSV reading of the fixtures, independent of the reader under test

    private static IEnumerable<Dictionary<string, string>> Rows(string folder, string name, string? geoid)
    {
        var lines = Fixture(folder, name).TrimStart('\uFEFF').Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
        var header = SplitCsv(lines[0]).Select(h => h.Trim().ToLowerInvariant()).ToList();
        foreach (var line in lines.Skip(1))
        {
            var fields = SplitCsv(line);
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count && i < fields.Count; i++) row.TryAdd(header[i], fields[i]);
            if (geoid is null || Geoid(row) == geoid) yield return row;
        }
    }

    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { fields.Add(sb.ToString()); sb.Clear(); }
            else sb.Append(c);
        }
        fields.Add(sb.ToString());
        return fields;
    }

    private static string? Geoid(Dictionary<string, string> row)
    {
        if (!row.TryGetValue("state", out var state)) return null;
        if (row.TryGetValue("place", out var place)) return state.PadLeft(2, '0') + place.PadLeft(5, '0');
        return row.TryGetValue("county", out var county) ? state.PadLeft(2, '0') + county.PadLeft(3, '0') : null;
    }

    private static (string Type, string Label) Subgroup(Dictionary<string, string> row)
    {
        var type = row.TryGetValue("subgroup_type", out var t) && !IsMissing(t) ? SubgroupNames.NormaliseType(t) : "";
        var label = row.TryGetValue("subgroup", out var l) && !IsMissing(l) ? l : "";
        return (type.Length == 0 && label.Length == 0) || SubgroupNames.IsAll(type, label)
            ? (SubgroupNames.AllType, SubgroupNames.AllLabel)
            : (type, label);
    }

    private static bool IsMissing(string cell) => cell.Trim() is "" or "NA";

    private static double Number(string cell) => double.Parse(cell, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static double Measure(string cell) => cell.Contains(':') ? Number(cell[..cell.IndexOf(':')]) : Number(cell);
}
