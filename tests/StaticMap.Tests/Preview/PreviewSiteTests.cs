using System.Text;
using StaticMap.Core.Preview;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Preview;

/// <summary>The preview's in-memory site: rebuilt after changes, as little as needed, never replaced by a broken one.</summary>
public class PreviewSiteTests
{
    private const string Progress = TestSite.Plan + "/progress/2024.md";

    private static string Page(PreviewSite preview, string path) =>
        preview.Site.TryGet(path, out var bytes) ? Encoding.UTF8.GetString(bytes) : throw new KeyNotFoundException(path);

    [Fact]
    public void The_first_build_serves_every_page_with_drafts_and_noindex()
    {
        using var site = TestSite.Valid();
        site.Replace(TestSite.Plan + "/plan.yml", "status: released\nreleased: 2024-05-01\n", "status: draft\n");
        var preview = new PreviewSite(site.ReadRoot, TestSite.ThemeFolder, clock: TestClock.Provider);
        var update = preview.Rebuild();
        Assert.True(update.SiteChanged);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", Page(preview, "test-county/findings/index.html"));
    }

    [Fact]
    public void Editing_a_progress_report_rebuilds_only_its_plan_and_updates_the_page()
    {
        using var site = TestSite.Valid();
        var preview = new PreviewSite(site.ReadRoot, TestSite.ThemeFolder, clock: TestClock.Provider);
        preview.Rebuild();
        site.Replace(Progress, "The first year of the plan", "The first year, edited");
        var update = preview.Rebuild([Progress]);
        Assert.Equal("test-county", update.Scope);
        Assert.Equal(2, preview.Version);
        Assert.Contains("The first year, edited", Page(preview, "test-county/progress/2024/index.html"));
        Assert.Contains("Test County Mobility Action Plan", Page(preview, "index.html"));
    }

    [Fact]
    public void The_theme_strings_are_checked_again_when_a_strings_file_changes_and_kept_when_a_plan_changes()
    {
        using var site = TestSite.Valid().WithOwnTheme().Replace(TestSite.Plan + "/plan.yml", "language: en", "language: fr");
        site.Write("theme/strings/fr.yml", "language:\n  name: Français\n  culture: fr-FR\nnav:\n  home: Accueil\n");
        var preview = new PreviewSite(site.Root);
        preview.Rebuild();
        Assert.Equal("theme/strings/fr.yml", Assert.Single(preview.Diagnostics, d => d.Code == "MAP085").Span.Path);

        // A plan edit keeps the strings as read (the warning stays, from the same file); completing the file clears it.
        site.Replace(Progress, "The first year of the plan", "The first year, edited");
        preview.Rebuild([Progress]);
        Assert.Equal("theme/strings/fr.yml", Assert.Single(preview.Diagnostics, d => d.Code == "MAP085").Span.Path);
        site.Write("theme/strings/fr.yml", File.ReadAllText(Path.Combine(TestSite.ThemeFolder, "strings", "en.yml")));
        preview.Rebuild(["theme/strings/fr.yml"]);
        Assert.DoesNotContain(preview.Diagnostics, d => d.Code == "MAP085");
    }

    [Fact]
    public void Values_from_the_data_stay_filled_in_after_another_edit_and_follow_a_change_of_the_data()
    {
        const string measurement = TestSite.Plan + "/measurement-plan.md";
        const string findings = TestSite.Plan + "/findings.md";
        using var site = TestSite.Valid();
        site.Replace(measurement, "baseline: {value: 80.4, year: 2021}", "baseline: {year: 2021}");
        var preview = new PreviewSite(site.Root, TestSite.ThemeFolder);
        preview.Rebuild();
        string Baseline() => new AngleSharp.Html.Parser.HtmlParser().ParseDocument(Page(preview, "test-county/measurement-plan/index.html"))
            .QuerySelector("#sm-indicator-employment-rate")!.QuerySelectorAll("td").Select(td => td.TextContent.Trim())
            .Single(t => t.EndsWith("Urban Institute, Mobility Metrics, 2021", StringComparison.Ordinal));
        Assert.Equal("80.4% (2021); Urban Institute, Mobility Metrics, 2021", Baseline());

        // Another file of the plan edited: the plan is filled in again from the same data.
        site.Write(findings, site.Read(findings) + "\nOne more sentence.\n");
        Assert.True(preview.Rebuild([findings]).SiteChanged);
        Assert.Equal("80.4% (2021); Urban Institute, Mobility Metrics, 2021", Baseline());

        // Urban's file changed: every plan is filled in again from the new data.
        site.Replace("input/data/mobility.csv", "0.8044263340097563", "0.8144263340097563");
        Assert.True(preview.Rebuild(["input/data/mobility.csv"]).SiteChanged);
        Assert.Equal("81.4% (2021); Urban Institute, Mobility Metrics, 2021", Baseline());
    }

    [Fact]
    public void A_broken_edit_keeps_the_last_good_site_and_reports_the_error()
    {
        using var site = TestSite.Valid();
        var preview = new PreviewSite(site.ReadRoot, TestSite.ThemeFolder, clock: TestClock.Provider);
        preview.Rebuild();
        var before = Page(preview, "test-county/progress/2024/index.html");

        site.Replace(Progress, "year: 2024", "year: 2023");
        var update = preview.Rebuild([Progress]);

        Assert.False(update.SiteChanged);
        Assert.Equal("MAP040", Assert.Single(preview.Diagnostics).Code);
        Assert.Equal(before, Page(preview, "test-county/progress/2024/index.html"));
        Assert.Equal(1, preview.Version);

        site.Replace(Progress, "year: 2023", "year: 2024");
        Assert.True(preview.Rebuild([Progress]).SiteChanged);
        Assert.Empty(preview.Diagnostics);
    }

    [Fact]
    public void A_deleted_progress_report_disappears_from_the_site()
    {
        using var site = TestSite.Valid();
        var preview = new PreviewSite(site.ReadRoot, TestSite.ThemeFolder, clock: TestClock.Provider);
        preview.Rebuild();
        site.Delete(Progress);
        site.Replace(TestSite.Plan + "/how-we-got-here.md", " and the [2024 progress report](progress/2024.md)", "");
        Assert.True(preview.Rebuild([Progress, TestSite.Plan + "/how-we-got-here.md"]).SiteChanged, string.Join("\n", preview.Diagnostics));
        Assert.False(preview.Site.TryGet("test-county/progress/2024/index.html", out _));
        Assert.True(preview.Site.TryGet("test-county/findings/index.html", out _));
    }

    [Fact]
    public void A_new_plan_folder_is_picked_up()
    {
        using var site = TestSite.Valid();
        var preview = new PreviewSite(site.ReadRoot, TestSite.ThemeFolder, clock: TestClock.Provider);
        preview.Rebuild();
        site.CopyFolder(TestSite.Plan, "plans/second-county");
        var update = preview.Rebuild(["plans/second-county"]);
        Assert.True(update.SiteChanged);
        Assert.True(preview.Site.TryGet("second-county/index.html", out _));
    }

    [Fact]
    public void A_change_elsewhere_in_one_plan_revalidates_links_from_other_plans()
    {
        using var site = TestSite.Valid();
        site.CopyFolder(TestSite.Plan, "plans/second-county");
        site.Replace("plans/second-county/how-we-got-here.md", "[findings](findings.md)", "[their findings](/test-county/findings/)");
        var preview = new PreviewSite(site.ReadRoot, TestSite.ThemeFolder, clock: TestClock.Provider);
        preview.Rebuild();
        Assert.Empty(preview.Diagnostics);

        site.Delete(TestSite.Plan + "/findings.md");
        preview.Rebuild([TestSite.Plan + "/findings.md"]);
        Assert.Contains(preview.Diagnostics, d => d.Code == "MAP063" && d.Span.Path == "plans/second-county/how-we-got-here.md");
    }

    [Fact]
    public void Editing_a_component_leaves_the_site_wide_pages_as_they_were()
    {
        using var site = TestSite.Valid();
        var preview = new PreviewSite(site.ReadRoot, TestSite.ThemeFolder, clock: TestClock.Provider);
        var first = preview.Rebuild();
        var plans = preview.Site.Paths.Count(p => p.StartsWith("test-county/", StringComparison.Ordinal) && p.EndsWith(".html", StringComparison.Ordinal));

        site.Replace(TestSite.Plan + "/findings.md", "Employment is high but uneven.", "Employment is high, and uneven.");
        var update = preview.Rebuild([TestSite.Plan + "/findings.md"]);

        Assert.True(update.SiteChanged);
        Assert.Equal(plans, update.Result.Pages); // the plan's own pages, not home, search or the site pages
        Assert.True(first.Result.Pages > update.Result.Pages);
        Assert.Contains("Employment is high, and uneven.", Page(preview, "test-county/findings/index.html"));
        Assert.Contains("Test County Mobility Action Plan", Page(preview, "index.html"));
    }

    [Fact]
    public void Editing_plan_yml_updates_the_home_page()
    {
        using var site = TestSite.Valid();
        var preview = new PreviewSite(site.ReadRoot, TestSite.ThemeFolder, clock: TestClock.Provider);
        preview.Rebuild();

        site.Replace(TestSite.Plan + "/plan.yml", "title: Test County Mobility Action Plan", "title: Test County Plan, renamed");
        Assert.True(preview.Rebuild([TestSite.Plan + "/plan.yml"]).SiteChanged);

        Assert.Contains("Test County Plan, renamed", Page(preview, "index.html"));
    }

    [Fact]
    public void A_plan_yml_edit_held_back_by_an_error_reaches_the_home_page_with_the_next_good_edit_anywhere_in_the_plan()
    {
        using var site = TestSite.Valid();
        var preview = new PreviewSite(site.ReadRoot, TestSite.ThemeFolder, clock: TestClock.Provider);
        preview.Rebuild();

        site.Replace(TestSite.Plan + "/plan.yml", "title: Test County Mobility Action Plan", "title: Test County Plan, renamed");
        site.Replace(Progress, "year: 2024", "year: 2023");
        Assert.False(preview.Rebuild([TestSite.Plan + "/plan.yml", Progress]).SiteChanged);
        Assert.DoesNotContain("renamed", Page(preview, "index.html"));

        site.Replace(Progress, "year: 2023", "year: 2024");
        site.Replace(TestSite.Plan + "/findings.md", "Employment is high but uneven.", "Employment is high, and uneven.");
        // Only findings.md is reported this time (the watcher may coalesce or drop events): the home page still catches up.
        Assert.True(preview.Rebuild([TestSite.Plan + "/findings.md"]).SiteChanged, string.Join("\n", preview.Diagnostics));
        Assert.Contains("Test County Plan, renamed", Page(preview, "index.html"));
    }

    [Fact]
    public void A_rebuild_that_throws_keeps_the_last_good_site_reports_the_error_and_the_next_rebuild_starts_from_the_files()
    {
        using var site = TestSite.Valid();
        var preview = new PreviewSite(site.ReadRoot, TestSite.ThemeFolder, clock: TestClock.Provider);
        preview.Rebuild();
        var before = Page(preview, "test-county/progress/2024/index.html");

        site.Replace(TestSite.Plan + "/plan.yml", "title: Test County Mobility Action Plan", "title: Test County Plan, renamed");
        preview.RebuildStarting = _ => throw new InvalidOperationException("the rebuild broke\nsecond line");
        var failed = preview.Rebuild([TestSite.Plan + "/plan.yml"]);

        Assert.False(failed.SiteChanged);
        var error = Assert.Single(preview.Diagnostics);
        Assert.Equal("MAP099", error.Code);
        Assert.True(error.IsError);
        Assert.Equal("StaticMap failed unexpectedly (InvalidOperationException: the rebuild broke); nothing was written. Please report this", error.Message);
        Assert.Equal(before, Page(preview, "test-county/progress/2024/index.html"));
        Assert.Equal(1, preview.Version);

        preview.RebuildStarting = null;
        // The watcher reports only findings.md now; plan.yml's edit, lost with the failed rebuild, still arrives.
        var next = preview.Rebuild([TestSite.Plan + "/findings.md"]);
        Assert.True(next.SiteChanged, string.Join("\n", preview.Diagnostics));
        Assert.Equal("everything", next.Scope);
        Assert.Empty(preview.Diagnostics);
        Assert.Contains("Test County Plan, renamed", Page(preview, "index.html"));
    }

    [Fact]
    public void A_file_that_cannot_be_read_during_a_rebuild_is_reported_as_MAP067_and_the_site_is_kept()
    {
        using var site = TestSite.Valid();
        var preview = new PreviewSite(site.ReadRoot, TestSite.ThemeFolder, clock: TestClock.Provider);
        preview.Rebuild();

        preview.RebuildStarting = _ => throw new FileNotFoundException("Could not find file.", site.FullPath(Progress));
        Assert.False(preview.Rebuild([Progress]).SiteChanged);

        var error = Assert.Single(preview.Diagnostics);
        Assert.Equal("MAP067", error.Code);
        Assert.Equal(Progress, error.Span.Path);
        Assert.True(preview.Site.TryGet("test-county/progress/2024/index.html", out _));
    }
}
