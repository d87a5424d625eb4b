using StaticMap.Core.Diagnostics;
using StaticMap.Core.Rendering;
using StaticMap.Core.Scaffolding;
using StaticMap.Core.Schemas;
using StaticMap.Tests.Schemas;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Scaffolding;

/// <summary>`staticmap new` in Core: a new plan checks with placeholder warnings only, and nothing is ever overwritten.</summary>
public class PlanScaffoldTests
{
    private static readonly ScaffoldRequest Oakland = new("oakland", "Oakland", "CA", "0653000", "city");

    private static readonly string[] TextFiles =
        ["plan.yml", "how-we-got-here.md", "findings.md", "theory-of-change.md", "measurement-plan.md", "sustainability.md"];

    [Fact]
    public void A_new_plan_has_plan_yml_the_five_components_and_example_data()
    {
        using var site = TestSite.Valid();
        var result = PlanScaffold.Create(site.Root, Oakland);
        Assert.Equal(ScaffoldOutcome.Created, result.Outcome);
        Assert.Equal([.. TextFiles.Select(f => "plans/oakland/" + f), "plans/oakland/data/example-metric.csv"], result.Files);
        Assert.All(result.Files, f => Assert.True(File.Exists(site.FullPath(f)), f));
        Assert.Contains("status: draft", site.Read("plans/oakland/plan.yml"));
    }

    /// <summary>A city's placeholders speak of the city (review8, 2026-12-07: Pittsburgh's new plan said "e.g. the county's planning
    /// department" and suggested county FIPS codes as peers); a county's still speak of the county.</summary>
    [Fact]
    public void A_new_city_plan_speaks_of_the_city_in_its_examples()
    {
        using var site = TestSite.Valid();
        Assert.Equal(ScaffoldOutcome.Created, PlanScaffold.Create(site.Root, Oakland).Outcome);
        var city = string.Concat(TextFiles.Select(f => site.Read("plans/oakland/" + f)));
        Assert.DoesNotContain("county", city, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("e.g. the city's planning department", site.Read("plans/oakland/plan.yml"));
        Assert.Contains("# peers: [\"2758000\", \"4260000\"]", site.Read("plans/oakland/plan.yml"));
        Assert.Contains("a line in the city budget", site.Read("plans/oakland/sustainability.md"));
        Assert.Equal(ScaffoldOutcome.Created, PlanScaffold.Create(site.Root, new("harris-county", "Harris County", "TX", "48201", "county")).Outcome);
        Assert.Contains("e.g. the county's planning department", site.Read("plans/harris-county/measurement-plan.md"));
        Assert.Contains("# peers: [\"27123\", \"42003\"]", site.Read("plans/harris-county/plan.yml"));
    }

    /// <summary>The commented peers never name the plan itself (review12, 2026-12-08: Saint Paul's new plan suggested its own code).</summary>
    [Fact]
    public void The_example_peers_are_never_the_plan_itself()
    {
        using var site = TestSite.Valid();
        Assert.Equal(ScaffoldOutcome.Created, PlanScaffold.Create(site.Root, new("saint-paul", "City of Saint Paul", "MN", "2758000", "city")).Outcome);
        Assert.Contains("# peers: [\"4260000\", \"4261000\"]\n", site.Read("plans/saint-paul/plan.yml"));
        Assert.Equal(ScaffoldOutcome.Created, PlanScaffold.Create(site.Root, new("ramsey", "Ramsey County", "MN", "27123", "county")).Outcome);
        Assert.Contains("# peers: [\"42003\", \"42101\"]\n", site.Read("plans/ramsey/plan.yml"));
    }

    [Fact]
    public void A_new_plan_adds_the_build_cache_to_gitignore_once()
    {
        using var site = TestSite.Valid();
        site.Write(".gitignore", "_site/");
        var first = PlanScaffold.Create(site.Root, Oakland);
        Assert.Equal("Added /.staticmap/ to .gitignore: StaticMap's build cache, which Git does not need to keep.", first.GitIgnore);
        Assert.Equal("_site/\n/.staticmap/\n", site.Read(".gitignore"));

        var second = PlanScaffold.Create(site.Root, new("harris-county", "Harris County", "TX", "48201", "county"));
        Assert.Equal(ScaffoldOutcome.Created, second.Outcome);
        Assert.Null(second.GitIgnore);
        Assert.Equal("_site/\n/.staticmap/\n", site.Read(".gitignore"));
    }

    [Theory]
    [InlineData("oakland", "Oakland", "CA", "0653000", "city")]
    [InlineData("harris-county", "Harris County", "TX", "48201", "county")]
    [InlineData("prince-georges", "Prince George's County: \"PG\"", "md", "24033", "county")]
    public void A_new_plan_checks_with_only_placeholder_warnings_for_any_fips(string id, string name, string state, string fips, string type)
    {
        using var site = TestSite.Valid();
        Assert.Equal(ScaffoldOutcome.Created, PlanScaffold.Create(site.Root, new(id, name, state, fips, type)).Outcome);

        var diagnostics = site.Check();
        Assert.All(diagnostics, d => Assert.True(d is { Code: "MAP090", Severity: Severity.Warning }, d.ToString()));
        // Every text file has something to fill in, and each warning says what.
        Assert.Equal(TextFiles.Select(f => $"plans/{id}/{f}").Order(), diagnostics.Select(d => d.Span.Path).Distinct().Order());
        Assert.All(diagnostics, d => Assert.Matches("holds placeholder text \\(\"TODO: .{10,}\"\\)", d.Message));
    }

    [Fact]
    public void A_new_plan_keeps_the_name_as_written()
    {
        using var site = TestSite.Valid();
        PlanScaffold.Create(site.Root, new("prince-georges", "Prince George's County: \"PG\"", "MD", "24033"));
        var plan = YamlJson.FromFile(site.FullPath("plans/prince-georges/plan.yml"))!;
        Assert.Equal("Prince George's County: \"PG\"", plan["jurisdiction"]!["name"]!.GetValue<string>());
        Assert.Equal("Prince George's County: \"PG\" Mobility Action Plan", plan["title"]!.GetValue<string>());
    }

    [Fact]
    public void A_new_plan_builds_as_a_draft_preview()
    {
        using var site = TestSite.Valid();
        PlanScaffold.Create(site.Root, Oakland);
        var build = site.Build(new SiteOptions(IncludeDrafts: true, NoIndex: true) { Clock = TestClock.Provider });
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        Assert.True(File.Exists(Path.Combine(site.Output, "oakland", "findings", "index.html")));
    }

    [Fact]
    public void Every_new_plan_file_is_valid_against_its_schema()
    {
        using var site = TestSite.Valid();
        PlanScaffold.Create(site.Root, Oakland);
        foreach (var file in TextFiles)
        {
            var schema = file == "plan.yml" ? PlanSchemas.PlanFile : PlanSchemas.ComponentFile;
            var errors = new SchemaValidator(SchemaTests.Committed(schema)).Validate(YamlJson.FromFile(site.FullPath("plans/oakland/" + file)));
            Assert.True(errors.Count == 0, $"{file}: {string.Join("\n", errors)}");
        }
    }

    [Fact]
    public void An_existing_plan_is_never_overwritten()
    {
        using var site = TestSite.Valid();
        PlanScaffold.Create(site.Root, Oakland);
        site.Write("plans/oakland/plan.yml", "title: My own work\n");
        var before = Snapshot(site);

        var again = PlanScaffold.Create(site.Root, Oakland);

        Assert.Equal(ScaffoldOutcome.AlreadyExists, again.Outcome);
        Assert.Equal("plans/oakland already exists, so nothing was written; choose another plan id, or move that folder away first", Assert.Single(again.Problems));
        Assert.Empty(again.Files);
        Assert.Equal(before, Snapshot(site));
    }

    [Fact]
    public void A_file_in_the_way_counts_as_an_existing_plan()
    {
        using var site = TestSite.Valid();
        site.Write("plans/oakland", "not a folder");
        Assert.Equal(ScaffoldOutcome.AlreadyExists, PlanScaffold.Create(site.Root, Oakland).Outcome);
        Assert.Equal("not a folder", site.Read("plans/oakland"));
    }

    [Fact]
    public void A_repository_without_plans_gets_the_folder()
    {
        using var site = TestSite.Empty();
        Assert.Equal(ScaffoldOutcome.Created, PlanScaffold.Create(site.Root, Oakland).Outcome);
        Assert.Equal(["oakland"], Directory.GetFileSystemEntries(site.FullPath("plans")).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("Oakland", "Oakland", "CA", "0653000", "city", "plan id 'Oakland' is not lowercase kebab-case (it becomes the plan's web address); use e.g. 'oakland'")]
    [InlineData("search", "Oakland", "CA", "0653000", "city", "plan id 'search' is a name the site uses for its own pages; choose another, e.g. 'search-plan'")]
    [InlineData("oakland", " ", "CA", "0653000", "city", "--name is empty; give the jurisdiction's name, e.g. --name \"Alameda County\"")]
    [InlineData("oakland", "Oak\nland", "CA", "0653000", "city", "--name must be one line of text without control characters")]
    [InlineData("oakland", "Oakland", "Calif", "0653000", "city", "--state 'Calif' is not a USPS state code; use the two-letter code, e.g. CA")]
    [InlineData("oakland", "Oakland", "CA", "0653000", "town", "--type 'town' is not allowed; use county or city")]
    [InlineData("oakland", "Oakland", "CA", "53000", "city", "--fips '53000' is not a 7-digit city (place) FIPS code; a city's code is its state's 2 digits and its place's 5: for place 53000 in CA, write 0653000; for a county, leave out --type city")]
    [InlineData("columbia", "City of Columbia", "MO", "15670", "city", "--fips '15670' is not a 7-digit city (place) FIPS code; a city's code is its state's 2 digits and its place's 5: for place 15670 in MO, write 2915670; for a county, leave out --type city")]
    [InlineData("oakland", "Oakland", "CA", "653000", "city", "--fips '653000' is not a 7-digit city (place) FIPS code; write all 7 digits with leading zeros, e.g. 0644000")]
    [InlineData("oakland", "Oakland", "CA", "0653000", "county", "--fips '0653000' is not a 5-digit county FIPS code; write all 5 digits with leading zeros, e.g. 06001; for a city, add --type city")]
    [InlineData("oakland", "Oakland", "CA", "6001", "county", "--fips '6001' is not a 5-digit county FIPS code; write all 5 digits with leading zeros, e.g. 06001")]
    [InlineData("oakland", "Oakland", "CA", "06-001", "county", "--fips '06-001' is not a 5-digit county FIPS code; write all 5 digits with leading zeros, e.g. 06001")]
    [InlineData("oakland", "Oakland", "CA", "99001", "county", "--fips '99001' begins with 99, which is no state's FIPS code; check the code, e.g. 06001")]
    [InlineData("oakland", "Oakland", "MO", "06001", "county", "--fips '06001' is in CA (state code 06), not in MO (29); check --state and --fips")]
    public void Bad_input_is_refused_with_a_message_that_says_what_to_write(string id, string name, string state, string fips, string type, string message)
    {
        using var site = TestSite.Valid();
        var before = Snapshot(site);
        var result = PlanScaffold.Create(site.Root, new(id, name, state, fips, type));
        Assert.Equal(ScaffoldOutcome.InvalidInput, result.Outcome);
        Assert.Equal(message, Assert.Single(result.Problems));
        Assert.Equal(before, Snapshot(site));
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        using var site = TestSite.Valid();
        var result = PlanScaffold.Create(site.Root, new("Bad Id", "", "XX", "1", "county"));
        Assert.Equal(4, result.Problems.Count);
    }

    [Fact]
    public void A_lower_case_state_is_written_in_capitals()
    {
        using var site = TestSite.Valid();
        PlanScaffold.Create(site.Root, Oakland with { State = "ca" });
        Assert.Contains("  state: CA\n", site.Read("plans/oakland/plan.yml"));
    }

    /// <summary>Every file under the repository with its content: what "nothing changed" means.</summary>
    private static IReadOnlyList<string> Snapshot(TestSite site) => Directory
        .EnumerateFileSystemEntries(site.Root, "*", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .Select(p => Path.GetRelativePath(site.Root, p) + (File.Exists(p) ? ": " + File.ReadAllText(p) : "/"))
        .ToList();
}
