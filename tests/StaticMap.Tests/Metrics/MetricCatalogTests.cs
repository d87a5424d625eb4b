using StaticMap.Core.Metrics;
using StaticMap.Tests.Support;
using Xunit;

namespace StaticMap.Tests.Metrics;

public sealed class MetricCatalogTests
{
    /// <summary>The 47 variables of Urban's 2025 county file, as listed in the shared metric_catalog.csv.</summary>
    public static readonly TheoryData<string> UrbanVariables =
    [
        "pctl_income_20", "pctl_income_50", "pctl_income_80", "share_debt_coll", "share_medical_debt_coll",
        "ratio_black_nh_house_value_households", "ratio_hispanic_house_value_households", "ratio_other_nh_house_value_households",
        "ratio_white_nh_house_value_households", "share_employed", "ratio_living_wage", "share_affordable_30_ami",
        "share_affordable_50_ami", "share_affordable_80_ami", "share_affordable_available_30_ami", "share_affordable_available_50_ami",
        "share_affordable_available_80_ami", "count_homeless", "share_homeless", "share_poverty_exposure", "share_black_nh_exposure",
        "share_hispanic_exposure", "share_other_nh_exposure", "share_white_nh_exposure", "count_membership_associations_per_10k",
        "share_economic_connectedness", "share_transit_commuter", "share_transportation_cost", "share_in_preschool", "rate_learning",
        "share_meps20_black", "share_meps20_hispanic", "share_meps20_white", "share_hs_degree", "share_digital_access",
        "ratio_population_pc_physician", "share_low_birth_weight", "index_air_hazard", "rate_injury_death", "share_election_turnout",
        "share_desc_rep_black_nonhispanic", "share_desc_rep_hispanic", "share_desc_rep_other", "share_desc_rep_white_nonhispanic",
        "rate_crime_violent", "rate_crime_property", "rate_juv_arrest",
    ];

    private static MetricCatalog Catalog => MetricCatalog.Embedded;

    [Theory]
    [MemberData(nameof(UrbanVariables))]
    public void Has_every_Urban_variable(string variable)
    {
        Assert.True(Catalog.TryGet(variable, out var metric));
        Assert.Equal(variable, metric.Variable);
    }

    [Fact]
    public void Has_the_47_county_variables_and_the_cities_friendship_ratio_each_once()
    {
        Assert.Equal(48, Catalog.All.Count);
        Assert.Equal(48, Catalog.All.Select(m => m.Variable).Distinct().Count());
    }

    [Fact]
    public void Every_variable_is_described()
    {
        Assert.All(Catalog.All, m =>
        {
            Assert.False(string.IsNullOrWhiteSpace(m.Name), m.Variable);
            Assert.False(string.IsNullOrWhiteSpace(m.Unit), m.Variable);
            Assert.False(string.IsNullOrWhiteSpace(m.Description), m.Variable);
            Assert.False(string.IsNullOrWhiteSpace(m.Predictor), m.Variable);
            Assert.InRange(m.UrbanMetricId, 1, 26);
            Assert.Contains(m.Pillar, new[]
            {
                "Rewarding work", "Opportunity-rich and inclusive neighborhoods", "High-quality education",
                "Healthy environment and access to good health care", "Responsive and just governance",
            });
        });
    }

    [Theory]
    [InlineData("share_employed", "Employment rate, ages 25–54", ValueFormat.Proportion, true)]
    [InlineData("pctl_income_20", "Household income, 20th percentile", ValueFormat.Dollars, true)]
    [InlineData("share_debt_coll", "Adults with debt in collections", ValueFormat.Proportion, false)]
    [InlineData("rate_juv_arrest", "Juvenile arrests", ValueFormat.Rate, false)]
    [InlineData("count_homeless", "Students experiencing homelessness", ValueFormat.Count, false)]
    [InlineData("ratio_population_pc_physician", "Residents per primary care physician", ValueFormat.Count, false)]
    [InlineData("share_meps20_black", "Black students in high-poverty schools", ValueFormat.Proportion, false)]
    [InlineData("share_black_nh_exposure", "Racial exposure, Black non-Hispanic residents", ValueFormat.Proportion, null)]
    [InlineData("share_desc_rep_hispanic", "Population share, Hispanic", ValueFormat.Proportion, null)]
    [InlineData("ratio_white_nh_house_value_households", "Housing wealth, white non-Hispanic households", ValueFormat.Text, null)]
    [InlineData("rate_learning", "Learning rate, grades 3–8", ValueFormat.Ratio, true)]
    public void Describes_known_variables(string variable, string name, ValueFormat format, bool? higherIsBetter)
    {
        Assert.True(Catalog.TryGet(variable, out var m));
        Assert.Equal((name, format, higherIsBetter), (m.Name, m.Format, m.HigherIsBetter));
    }

    [Theory]
    [InlineData("share_low_birth_weight", "race-ethnicity", "mothers-education")]
    [InlineData("share_employed", "race-ethnicity", "disability", "gender")]
    [InlineData("rate_crime_violent")]
    public void Lists_the_subgroup_types_Urban_publishes(string variable, params string[] types)
    {
        Assert.True(Catalog.TryGet(variable, out var m));
        Assert.Equal(types, m.SubgroupTypes);
    }

    [Fact]
    public void Marks_lower_is_better_metrics()
    {
        string[] lower =
        [
            "share_debt_coll", "share_medical_debt_coll", "count_homeless", "share_homeless", "share_low_birth_weight",
            "rate_injury_death", "rate_crime_violent", "rate_crime_property", "rate_juv_arrest", "share_poverty_exposure",
            "index_air_hazard", "ratio_population_pc_physician", "share_transportation_cost", "share_meps20_black",
        ];
        Assert.All(lower, v => Assert.False(Catalog.All.Single(m => m.Variable == v).HigherIsBetter, v));
    }

    [Theory]
    [InlineData("lbw", "share_low_birth_weight")]
    [InlineData("LBW", "share_low_birth_weight")]
    [InlineData("learning_rate", "rate_learning")]
    [InlineData("Share_Employed", "share_employed")]
    public void Resolves_older_names_and_any_case_for_data_files(string name, string variable)
    {
        Assert.True(Catalog.TryResolve(name, out var m));
        Assert.Equal(variable, m.Variable);
        Assert.False(Catalog.TryGet(name, out _));
    }

    [Fact]
    public void Maps_shared_quality_columns()
    {
        Assert.Equal(["rate_crime_violent", "rate_crime_property"], Catalog.RatedBySharedQualityColumn("rate_crime_quality").Select(m => m.Variable));
        Assert.Equal(["pctl_income_20"], Catalog.RatedBySharedQualityColumn("pctl_20_quality").Select(m => m.Variable));
        Assert.Empty(Catalog.RatedBySharedQualityColumn("share_employed_quality"));
    }

    [Fact]
    public void Is_the_same_instance_every_time_and_across_threads()
    {
        var catalogs = Enumerable.Range(0, 8).AsParallel().Select(_ => MetricCatalog.Embedded).ToList();
        Assert.All(catalogs, c => Assert.Same(catalogs[0], c));
    }

    [Fact]
    public void Parses_a_catalog_from_text()
    {
        var catalog = MetricCatalog.Parse(new StringReader(
            "variable,name,urban_metric_id,pillar,predictor,description,unit,format,higher_is_better,subgroup_types,aliases,shared_quality\n" +
            "share_x,X share,1,Rewarding work,P,D,percent,proportion,no,race-ethnicity; gender,old_x,x_quality\n"));
        var m = Assert.Single(catalog.All);
        Assert.Equal(("share_x", "X share", ValueFormat.Proportion, (bool?)false), (m.Variable, m.Name, m.Format, m.HigherIsBetter));
        Assert.Equal(["race-ethnicity", "gender"], m.SubgroupTypes);
        Assert.Equal(["old_x"], m.Aliases);
        Assert.True(catalog.TryResolve("old_x", out _));
    }
}

public sealed class MetricsDocumentationTests
{
    [Fact]
    public void Docs_list_every_catalog_variable_with_its_name()
    {
        var docs = File.ReadAllText(Path.Combine(Repository.Root, "docs", "metrics.md"));
        Assert.All(MetricCatalog.Embedded.All, m => Assert.Contains($"| `{m.Variable}` | {m.Name} | {m.Unit} |", docs));
        Assert.Contains("Urban Institute, Mobility Metrics", docs);
    }

    [Fact]
    public void Data_readme_credits_Urban()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "input", "data", "README.md"));
        Assert.Contains("Urban Institute, Mobility Metrics", readme);
        Assert.Contains("5aa12e3e08b1e44db52b06c0a731fe9985cb17f8", readme);
    }
}
