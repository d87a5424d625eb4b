using StaticMap.Core.Diagnostics;
using StaticMap.Core.Metrics;
using StaticMap.Core.Reading;
using StaticMap.Tests.Support;
using Xunit;

namespace StaticMap.Tests.Metrics;

/// <summary>The sample site's real Urban data in input/data, read as the build reads it.</summary>
public sealed class SampleDataTests
{
    private static readonly string[] Counties = ["06001", "42003", "29019", "42101", "27123"];

    private static readonly Lazy<(MobilityData Data, IReadOnlyList<Diagnostic> Diagnostics)> Loaded = new(() =>
    {
        var root = Repository.Root;
        var files = Directory.GetFiles(Path.Combine(root, "input", "data"), "*.csv")
            .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var layout = new RepositoryLayout(root, [], [], [.. files], []);
        var bag = new DiagnosticBag();
        var data = MobilityData.Load(layout, MetricCatalog.Embedded, Counties.ToHashSet(), bag);
        return (data, bag.ToSortedList());
    });

    private static MobilityData Data => Loaded.Value.Data;

    [Fact]
    public void Loads_without_any_diagnostic()
    {
        Assert.Empty(Loaded.Value.Diagnostics);
        Assert.True(Data.Files.Count >= 13);
        Assert.All(Counties, c => Assert.True(Data.HasGeography(c), c));
    }

    [Fact]
    public void Alameda_employment_2014_has_value_bounds_and_quality()
    {
        var o = Assert.Single(Data.Get("06001", "share_employed"), o => o.Year == 2014 && o.SubgroupType == "all");
        Assert.Equal(0.7886818158881805, o.Value);
        Assert.Equal(0.7761538897856136, o.Lower);
        Assert.Equal(0.8012097419907475, o.Upper);
        Assert.Equal(DataQuality.Strong, o.Quality);
        Assert.Equal("All", o.Subgroup);
        Assert.Equal("input/data/00_county_all_longitudinal_5counties_reconstructed.csv", o.Source);
    }

    [Fact]
    public void The_2025_combined_file_wins_over_older_subgroup_files_for_everyone_rows()
    {
        // The 2024 race/ethnicity employment file has 0.8084745508716911 for this row; the 2025 release has 0.8297486437032519.
        var o = Assert.Single(Data.Get("06001", "share_employed"), o => o.Year == 2018 && o.SubgroupType == "all");
        Assert.Equal(0.8297486437032519, o.Value);
    }

    [Fact]
    public void Ramsey_has_race_ethnicity_employment_rows_for_2018()
    {
        var rows = Data.Get("27123", "share_employed").Where(o => o.Year == 2018 && o.SubgroupType == "race-ethnicity").ToList();
        Assert.Equal(["Black, Non-Hispanic", "Hispanic", "Other Races and Ethnicities", "White, Non-Hispanic"], rows.Select(o => o.Subgroup));
        Assert.All(rows, o => Assert.NotNull(o.Value));
    }

    [Fact]
    public void Alameda_juvenile_arrests_2021_are_weak()
    {
        var o = Assert.Single(Data.Get("06001", "rate_juv_arrest"), o => o.Year == 2021 && o.SubgroupType == "all");
        Assert.Equal(DataQuality.Weak, o.Quality);
    }

    [Fact]
    public void Injury_deaths_misspelled_race_ethnicity_rows_are_normalised()
    {
        var rows = Data.Get("06001", "rate_injury_death").Where(o => o.Year == 2021 && o.SubgroupType == "race-ethnicity").ToList();
        Assert.Contains(rows, o => o.Subgroup == "Black, Non-Hispanic" && o.Value == 129.1);
        Assert.DoesNotContain(Data.Get("06001", "rate_injury_death"), o => o.SubgroupType == "race-ethncity");
    }

    [Fact]
    public void Low_birth_weight_subgroups_come_from_files_that_call_it_lbw()
    {
        var rows = Data.Get("06001", "share_low_birth_weight").Where(o => o.Year == 2018 && o.SubgroupType == "race-ethnicity").ToList();
        Assert.Contains(rows, o => o.Subgroup == "Black, Non-Hispanic" && o.Value == 0.1282917);
    }

    [Fact]
    public void House_value_ratios_are_text()
    {
        var o = Assert.Single(Data.Get("06001", "ratio_black_nh_house_value_households"), o => o.Year == 2014);
        Assert.Equal("0.057:0.130", o.Text);
        Assert.Null(o.Value);
    }

    [Fact]
    public void Not_available_years_are_kept_without_a_value()
    {
        var o = Assert.Single(Data.Get("06001", "share_debt_coll"), o => o.Year == 2014);
        Assert.Null(o.Value);
    }

    [Fact]
    public void Names_come_from_the_files()
    {
        Assert.Equal("Alameda County, California", Data.NameOf("06001"));
        Assert.Equal("Ramsey County, Minnesota", Data.NameOf("27123"));
        Assert.Null(Data.NameOf("01001"));
    }

    [Fact]
    public void Every_column_of_the_combined_file_is_understood()
    {
        var header = File.ReadLines(Path.Combine(Repository.Root, "input", "data", "00_county_all_longitudinal_5counties_reconstructed.csv")).First().Split(',');
        var metrics = header.Where(h => MetricCatalog.Embedded.TryGet(h, out _)).ToList();
        Assert.Equal(47, metrics.Count);
        // Every variable but the one Urban publishes for cities only has data for the county.
        Assert.All(MetricCatalog.Embedded.All.Where(m => m.Variable != "ratio_high_low_ses_fb_friends"), m => Assert.NotEmpty(Data.Get("06001", m.Variable)));
    }
}
