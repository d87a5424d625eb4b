using StaticMap.Core.Diagnostics;
using StaticMap.Core.Metrics;
using StaticMap.Core.Validation;
using StaticMap.Core.Validation.Rules;
using static StaticMap.Tests.Metrics.PlanFactory;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Metrics;

/// <summary>One failing and one passing case (at least) for each metric rule, on plans built in memory.</summary>
public sealed class MetricRuleTests
{
    private static readonly Observation[] AlamedaRows =
    [
        Obs("06001", "share_employed", 2018, 0.83),
        Obs("06001", "share_employed", 2018, 0.72, type: "race-ethnicity", subgroup: "Black, Non-Hispanic"),
        Obs("06001", "share_employed", 2021, 0.80),
        Obs("06001", "rate_juv_arrest", 2021, 12.9, DataQuality.Weak),
        Obs("06001", "rate_juv_arrest", 2022, 10.1, DataQuality.Weak),
        Obs("06001", "rate_juv_arrest", 2023, 9.0, DataQuality.Marginal),
        Obs("06001", "rate_injury_death", 2021, 50.1),
        Obs("06001", "rate_injury_death", 2021, 129.1, DataQuality.Weak, "race-ethnicity", "Black, Non-Hispanic"),
        Obs("06001", "share_debt_coll", 2014, null, DataQuality.Weak),
        Obs("27123", "share_employed", 2021, 0.82),
        Obs("27123", "rate_injury_death", 2021, 60.0, DataQuality.Weak),
    ];

    private static readonly MobilityData Alameda = MobilityData.FromObservations(AlamedaRows, new Dictionary<string, string> { ["06001"] = "Alameda County, California" });

    private static IReadOnlyList<Diagnostic> Run(IPlanRule rule, StaticMap.Core.Model.Plan plan, MobilityData? data = null) =>
        PlanFactory.Run(rule, plan, Context(data ?? Alameda));

    private static void AssertAt(Diagnostic d, string code, string path, int line, int column)
    {
        Assert.Equal(code, d.Code);
        Assert.Equal(new SourceSpan(path, line, column), d.Span);
    }

    // MAP070

    [Fact]
    public void MAP070_reports_a_misspelled_findings_metric_with_suggestions()
    {
        var d = Assert.Single(Run(UnknownMetric.Instance, Plan("06001", [Urban("share_employed", 4), Urban("share_employd", 7)])));
        AssertAt(d, "MAP070", FindingsPath, 7, 13);
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Equal("'metrics[2].metric' is 'share_employd', which is not a Mobility Metrics variable; did you mean share_employed? (see docs/metrics.md)", d.Message);
    }

    [Fact]
    public void MAP070_reports_an_unknown_indicator_metric()
    {
        var plan = Plan("06001", [Urban("share_employed", 4)], indicators: [IndicatorWithMetric("pctl_income20", 9)]);
        var d = Assert.Single(Run(UnknownMetric.Instance, plan));
        AssertAt(d, "MAP070", MeasurementPath, 9, 13);
        Assert.Contains("'indicators[1].metric' is 'pctl_income20'", d.Message);
        Assert.Contains("pctl_income_20", d.Message);
    }

    [Fact]
    public void MAP070_names_the_current_name_of_an_older_variable()
    {
        var d = Assert.Single(Run(UnknownMetric.Instance, Plan("06001", [Urban("lbw", 4)])));
        Assert.Contains("older name of the Mobility Metrics variable share_low_birth_weight", d.Message);
    }

    [Fact]
    public void MAP070_without_a_close_name_points_to_the_docs()
    {
        var d = Assert.Single(Run(UnknownMetric.Instance, Plan("06001", [Urban("happiness", 4)])));
        Assert.Contains("use one of the variables listed in docs/metrics.md", d.Message);
    }

    [Fact]
    public void MAP070_accepts_catalog_variables_even_without_data()
    {
        var plan = Plan("", [Urban("share_employed", 4), Urban("rate_learning", 6)], indicators: [IndicatorWithMetric("share_hs_degree", 9)]);
        Assert.Empty(Run(UnknownMetric.Instance, plan, MobilityData.Empty));
    }

    // MAP071

    [Fact]
    public void MAP071_reports_a_geography_without_data_once_at_the_fips()
    {
        var d = Assert.Single(Run(MetricHasNoData.Instance, Plan("29019", [Urban("share_employed", 4), Urban("pctl_income_20", 7)])));
        AssertAt(d, "MAP071", PlanYml, 5, 9);
        Assert.StartsWith("no CSV file in input/data/ has rows for 29019, so the findings cannot show share_employed and pctl_income_20", d.Message);
        Assert.Contains("input/data/test.csv", d.Message);
        Assert.Contains("add Urban's Mobility Metrics file for 29019 (a county: Urban's county file, e.g. 11_mobility-metrics_county_longitudinal.csv) to input/data/ or a folder below it", d.Message);
    }

    [Fact]
    public void MAP071_reports_a_metric_without_values_for_the_fips()
    {
        var diagnostics = Run(MetricHasNoData.Instance, Plan("06001", [Urban("share_employed", 4), Urban("pctl_income_20", 7), Urban("share_debt_coll", 9)]));
        Assert.Equal(2, diagnostics.Count);
        AssertAt(diagnostics[0], "MAP071", FindingsPath, 7, 13);
        Assert.Contains("no values of it for 06001 (Alameda County, California)", diagnostics[0].Message);
        AssertAt(diagnostics[1], "MAP071", FindingsPath, 9, 13);
        Assert.Contains("all NA", diagnostics[1].Message);
    }

    [Fact]
    public void MAP071_accepts_metrics_with_values()
    {
        Assert.Empty(Run(MetricHasNoData.Instance, Plan("06001", [Urban("share_employed", 4), Urban("rate_juv_arrest", 6)])));
    }

    [Fact]
    public void MAP071_is_silent_when_the_fips_is_invalid_or_the_metric_unknown()
    {
        Assert.Empty(Run(MetricHasNoData.Instance, Plan("", [Urban("pctl_income_20", 4)])));
        Assert.Empty(Run(MetricHasNoData.Instance, Plan("06001", [Urban("share_employd", 4), Local("data/jobs.csv", 6)])));
    }

    // MAP072

    [Fact]
    public void MAP072_warns_about_weak_values()
    {
        var d = Assert.Single(Run(WeakData.Instance, Plan("06001", [Urban("share_employed", 4), Urban("rate_juv_arrest", 6)])));
        AssertAt(d, "MAP072", FindingsPath, 6, 13);
        Assert.Equal(Severity.Warning, d.Severity);
        // No brackets inside brackets: "Weak (06001 (Alameda County, California): …)" (review3, 2026-12-07).
        // The sentence starts with the place's name, its code after it (reader3, 2026-12-07: it started with "06001").
        Assert.Equal("Urban rates values of rate_juv_arrest shown here Weak. Alameda County, California (06001): 2021 and 2022 for everyone. " +
                     "A community should not act on them: the page marks them and its sentences leave them out; make sure the 'takeaway' and the narrative do not rest on them, or choose another metric or year", d.Message);
    }

    [Fact]
    public void MAP072_counts_weak_subgroups_only_when_they_are_shown()
    {
        Assert.Empty(Run(WeakData.Instance, Plan("06001", [Urban("rate_injury_death", 4)])));
        var d = Assert.Single(Run(WeakData.Instance, Plan("06001", [Urban("rate_injury_death", 4, ["race-ethnicity"])])));
        AssertAt(d, "MAP072", FindingsPath, 4, 13);
        // The group's name quoted: Urban's names hold commas, which ran into the list's in "2018 and 2021 for Black, Non-Hispanic,
        // Hispanic, Other Races and Ethnicities and White, Non-Hispanic" (review2, 2026-12-07).
        Assert.Contains("Weak. Alameda County, California (06001): 2021 for 'Black, Non-Hispanic'. A community", d.Message);
    }

    [Fact]
    public void MAP072_counts_weak_peer_values_when_peers_are_compared()
    {
        var peers = new[] { Peer("27123", 9) };
        Assert.Empty(Run(WeakData.Instance, Plan("06001", [Urban("rate_injury_death", 4)], peers)));
        var d = Assert.Single(Run(WeakData.Instance, Plan("06001", [Urban("rate_injury_death", 4, comparePeers: true)], peers)));
        Assert.Contains("Weak. The peer with FIPS code 27123: 2021 for everyone. A community", d.Message);
        // A peer that Urban's file names is named.
        var named = MobilityData.FromObservations(AlamedaRows,
            new Dictionary<string, string> { ["06001"] = "Alameda County, California", ["27123"] = "Ramsey County, Minnesota" });
        Assert.Contains("Weak. The peer Ramsey County, Minnesota (27123): 2021 for everyone. A community",
            Assert.Single(Run(WeakData.Instance, Plan("06001", [Urban("rate_injury_death", 4, comparePeers: true)], peers), named)).Message);
    }

    [Fact]
    public void MAP072_ignores_weak_rows_without_a_value()
    {
        Assert.Empty(Run(WeakData.Instance, Plan("06001", [Urban("share_debt_coll", 4), Urban("share_employed", 6)])));
    }

    // MAP074 (and MAP062 for a missing file)

    [Fact]
    public void MAP074_reports_a_problem_in_a_local_file_at_its_line_and_column()
    {
        using var repo = new TempRepository().Write(Folder + "/data/jobs.csv", "year,value\n2021,12\n2022,12,5\n");
        var plan = Plan("06001", [Local("data/jobs.csv", 4)], dataFiles: ["data/jobs.csv"]);
        var loading = new DiagnosticBag();
        Assert.Empty(PlanFactory.Run(FileNotFound.Instance, plan, Context(Alameda, repo.Root, plan, loading)));
        var d = Assert.Single(loading.ToSortedList());
        AssertAt(d, "MAP074", Folder + "/data/jobs.csv", 3, 1);
        Assert.Contains("3 values where the header has 2", d.Message);
        Assert.Equal(Severity.Error, d.Severity);
    }

    [Fact]
    public void MAP074_reports_a_missing_local_file_as_MAP062()
    {
        var plan = Plan("06001", [Local("data/job.csv", 4)], dataFiles: ["data/jobs.csv"]);
        var d = Assert.Single(Run(FileNotFound.Instance, plan));
        AssertAt(d, "MAP062", FindingsPath, 4, 11);
        Assert.Contains("did you mean 'data/jobs.csv'?", d.Message);
    }

    [Fact]
    public void MAP074_accepts_a_good_local_file_even_when_the_fips_is_invalid()
    {
        using var repo = new TempRepository().Write(Folder + "/data/jobs.csv", "year,value\n2021,12\n2022,14\n");
        var plan = Plan("", [Local("data/jobs.csv", 4), Local("data/jobs.csv", 8)], dataFiles: ["data/jobs.csv"]);
        var loading = new DiagnosticBag();
        Assert.Empty(PlanFactory.Run(FileNotFound.Instance, plan, Context(Alameda, repo.Root, plan, loading)));
        Assert.Equal(0, loading.Count);
    }

    // MAP075

    [Fact]
    public void MAP075_warns_once_at_a_peer_without_any_data()
    {
        var plan = Plan("06001", [Urban("share_employed", 4, comparePeers: true), Urban("rate_injury_death", 7, comparePeers: true)],
            [Peer("27123", 9), Peer("42003", 18)]);
        var d = Assert.Single(Run(PeerHasNoData.Instance, plan));
        AssertAt(d, "MAP075", PlanYml, 12, 18);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.StartsWith("peer 42003 has no rows in input/data", d.Message);
    }

    [Fact]
    public void MAP075_warns_at_a_compared_metric_a_peer_lacks()
    {
        var plan = Plan("06001", [Urban("share_employed", 4, comparePeers: true), Urban("rate_juv_arrest", 7, comparePeers: true)], [Peer("27123", 9)]);
        var d = Assert.Single(Run(PeerHasNoData.Instance, plan));
        AssertAt(d, "MAP075", FindingsPath, 7, 5);
        Assert.Contains("no values of rate_juv_arrest for peer 27123", d.Message);
    }

    [Fact]
    public void MAP075_is_silent_when_no_peers_are_listed_because_a_malformed_list_looks_the_same()
    {
        Assert.Empty(Run(PeerHasNoData.Instance, Plan("06001", [Urban("share_employed", 4, comparePeers: true)])));
    }

    [Fact]
    public void MAP075_accepts_peers_with_data_and_metrics_not_compared()
    {
        Assert.Empty(Run(PeerHasNoData.Instance, Plan("06001", [Urban("share_employed", 4, comparePeers: true)], [Peer("27123", 9)])));
        Assert.Empty(Run(PeerHasNoData.Instance, Plan("06001", [Urban("rate_juv_arrest", 4)], [Peer("42003", 9)])));
    }

    // MAP076

    [Fact]
    public void MAP076_warns_when_the_data_has_no_rows_of_the_subgroup_type()
    {
        var d = Assert.Single(Run(SubgroupNotAvailable.Instance, Plan("06001", [Urban("share_employed", 4, ["race-ethnicity", "gender"])])));
        AssertAt(d, "MAP076", FindingsPath, 4, 5);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Contains("asks for gender, but input/data has no gender rows of share_employed for 06001", d.Message);
        Assert.Contains("(it has race-ethnicity)", d.Message);
    }

    [Fact]
    public void MAP076_says_when_Urban_does_not_publish_the_subgroup_type()
    {
        var d = Assert.Single(Run(SubgroupNotAvailable.Instance, Plan("06001", [Urban("rate_juv_arrest", 4, ["income"])])));
        Assert.Contains("Urban publishes rate_juv_arrest by race-ethnicity, gender or age only", d.Message);
    }

    [Fact]
    public void MAP076_accepts_available_subgroups_however_they_are_spelled()
    {
        Assert.Empty(Run(SubgroupNotAvailable.Instance, Plan("06001", [Urban("share_employed", 4, ["race_ethnicity"]), Urban("rate_injury_death", 6, ["race-ethnicity"])])));
    }

    [Fact]
    public void MAP076_is_silent_when_MAP071_reports_the_missing_geography()
    {
        Assert.Empty(Run(SubgroupNotAvailable.Instance, Plan("29019", [Urban("share_employed", 4, ["race-ethnicity"])])));
    }

    [Fact]
    public void MAP076_checks_the_subgroups_of_local_files()
    {
        using var repo = new TempRepository().Write(Folder + "/data/jobs.csv", "year,value,subgroup_type,subgroup\n2021,12,all,All\n2021,4,gender,Female\n");
        var failing = Plan("06001", [Local("data/jobs.csv", 4, ["race-ethnicity"])], dataFiles: ["data/jobs.csv"]);
        var d = Assert.Single(PlanFactory.Run(SubgroupNotAvailable.Instance, failing, Context(Alameda, repo.Root, failing, new DiagnosticBag())));
        AssertAt(d, "MAP076", FindingsPath, 4, 5);
        Assert.Contains("data/jobs.csv has no rows with subgroup_type race-ethnicity (it has gender)", d.Message);
        var passing = Plan("06001", [Local("data/jobs.csv", 4, ["gender"])], dataFiles: ["data/jobs.csv"]);
        Assert.Empty(PlanFactory.Run(SubgroupNotAvailable.Instance, passing, Context(Alameda, repo.Root, passing, new DiagnosticBag())));
    }

    // The rules as the pipeline sees them

    [Theory]
    [InlineData("MAP070", Severity.Error, true)]
    [InlineData("MAP071", Severity.Error, true)]
    [InlineData("MAP072", Severity.Warning, true)]
    [InlineData("MAP073", Severity.Error, false)]
    [InlineData("MAP074", Severity.Error, false)] // reported while Metrics reads the file; the plan check of a missing file is MAP062's
    [InlineData("MAP075", Severity.Warning, true)]
    [InlineData("MAP076", Severity.Warning, true)]
    [InlineData("MAP077", Severity.Warning, false)]
    [InlineData("MAP078", Severity.Warning, false)]
    public void Rules_are_in_the_catalog(string code, Severity severity, bool checksPlans)
    {
        var rule = Assert.Single(TestRegistry.Default.Rules.All, r => r.Code == code);
        Assert.Equal(severity, rule.Severity);
        Assert.False(string.IsNullOrWhiteSpace(rule.Title));
        Assert.False(string.IsNullOrWhiteSpace(rule.Help));
        Assert.Equal(checksPlans, TestRegistry.Default.Rules.PlanRules.Contains(rule as IPlanRule));
    }
}
