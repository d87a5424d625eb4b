using StaticMap.Tests.Support;
using static StaticMap.Tests.Support.StaticMapProcess;

namespace StaticMap.Tests.Glance;

/// <summary><c>staticmap check --release</c> as a process: its exact lines and its exit codes.</summary>
[Trait("Category", "Slow")]
public class ReleaseChecklistTests
{
    private const string Plan = TestSite.Plan;

    private static string[] Lines(string output) => output.Replace("\r", "").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void A_plan_with_nothing_missing_is_ready_and_exits_0()
    {
        using var site = TestSite.Valid();
        var (code, output, _) = Run("check", "--release", "--root", site.Root, "--base-url", "https://maps.example.org/");
        Assert.Equal(0, code);
        Assert.Equal(["Release checklist:", "Plan test-county (released): ready.", "The whole site: ready.", "Ready to release: nothing is missing."],
            Lines(output)[^4..]);
    }

    [Fact]
    public void What_a_release_still_lacks_is_listed_in_plain_words_with_its_diagnostics_and_exits_1()
    {
        using var site = TestSite.Valid()
            .Replace(Plan + "/plan.yml", "status: released\nreleased: 2024-05-01\n", "status: draft\n")
            .Replace(Plan + "/plan.yml", "contact:\n  name: Plan team\n  email: team@example.org\n  url: https://example.org/mobility\n", "");
        site.Write(Plan + "/how-we-got-here.md", site.Read(Plan + "/how-we-got-here.md") + "\nTODO: say who joined the coalition in 2023.\n");
        var (code, output, _) = Run("check", "--release", "--root", site.Root);
        Assert.Equal(1, code);
        var lines = Lines(output);
        Assert.Contains("plans/test-county/plan.yml(1,1): warning MAP091: plan.yml has no 'contact'; add one with a name and an email address or web page (contact: {name: Mobility team, email: mobility@example.org}) before 'status: released'", lines);
        Assert.Contains("plans/test-county/plan.yml(7,9): warning MAP092: plan.yml has no 'released' date; add 'released: YYYY-MM-DD' with the day of the public release, then set 'status: released'", lines);
        Assert.Contains("netlify.toml(1,1): warning MAP093: the site's address is not given; build with --base-url https://… (and pass it to 'check --release') so that share cards, the sitemap and canonical links are made", lines);
        Assert.Equal([
            "Release checklist:",
            "Plan test-county (draft): still to do:",
            "  - Write the 1 placeholder ('TODO:') still in the plan (MAP090, listed above).",
            "  - Add a contact to plan.yml: a name and an email address or web page (MAP091).",
            "  - Add the release date to plan.yml, as released: YYYY-MM-DD (MAP092).",
            "The whole site: still to do:",
            "  - Give the site's address (--base-url https://…): share cards, the sitemap and canonical links need it (MAP093).",
            "Not ready to release: 4 things still to do.",
        ], lines[^8..]);
    }

    [Fact]
    public void The_site_address_is_read_from_the_build_command_of_netlify_toml()
    {
        using var site = TestSite.Valid();
        site.Write("netlify.toml", "[build]\n  publish = \"_site\"\n  command = \"bash .ci/netlify-build\"\n");
        var (code, output, _) = Run("check", "--release", "--root", site.Root);
        Assert.Equal(1, code);
        Assert.Contains("netlify.toml(3,3): warning MAP093: the build command in netlify.toml has no '--base-url'; add --base-url \"$URL\" so that share cards, the sitemap and canonical links are made", Lines(output));

        site.Write("netlify.toml", "[build]\n  publish = \"_site\"\n  command = \"bash .ci/netlify-build --base-url \\\"$URL\\\"\"\n");
        (code, output, _) = Run("check", "--release", "--root", site.Root);
        Assert.Equal(0, code);
        Assert.Equal("Ready to release: nothing is missing.", Lines(output)[^1]);
    }

    [Fact]
    public void Warnings_left_are_counted_and_an_address_that_is_not_one_is_a_usage_error()
    {
        using var site = TestSite.Valid().Replace(Plan + "/how-we-got-here.md", "component: how-we-got-here", "component: how-we-got-here\ncolour: blue");
        var (code, output, _) = Run("check", "--release", "--root", site.Root, "--base-url", "https://maps.example.org/");
        Assert.Equal(1, code);
        Assert.Equal(["Plan test-county (released): still to do:", "  - Resolve 1 other warning (listed above).", "The whole site: ready.",
            "Not ready to release: 1 thing still to do."], Lines(output)[^4..]);

        Assert.Equal(2, Run("check", "--release", "--root", site.Root, "--base-url", "maps.example.org").ExitCode);
    }

    [Fact]
    public void Advice_about_Urbans_weak_data_is_noted_but_does_not_block_the_release()
    {
        // MAP072 is Urban's rating of its own data: no plan can resolve it, so "Resolve 1 other warning" made a plan that charts
        // a metric with a Weak estimate never ready (review6, 2026-12-07).
        using var site = TestSite.Valid().Replace(Plan + "/findings.md", "  - file: data/jobs-program.csv", "  - metric: rate_juv_arrest\n  - file: data/jobs-program.csv");
        var (code, output, _) = Run("check", "--release", "--root", site.Root, "--base-url", "https://maps.example.org/");
        Assert.Equal(0, code);
        Assert.Contains(Lines(output), l => l.Contains("warning MAP072: Urban rates values of rate_juv_arrest shown here Weak.", StringComparison.Ordinal));
        Assert.Equal(["Release checklist:", "Plan test-county (released): ready.",
            "  Note: 1 warning (MAP072, listed above) is advice about Urban's data that no plan can resolve: it does not block the release.",
            "The whole site: ready.", "Ready to release: nothing is missing."], Lines(output)[^5..]);

        // A warning the author can fix still blocks, next to the note.
        site.Replace(Plan + "/how-we-got-here.md", "component: how-we-got-here", "component: how-we-got-here\ncolour: blue");
        (code, output, _) = Run("check", "--release", "--root", site.Root, "--base-url", "https://maps.example.org/");
        Assert.Equal(1, code);
        Assert.Equal(["Plan test-county (released): still to do:", "  - Resolve 1 other warning (listed above).",
            "  Note: 1 warning (MAP072, listed above) is advice about Urban's data that no plan can resolve: it does not block the release.",
            "The whole site: ready.", "Not ready to release: 1 thing still to do."], Lines(output)[^5..]);
    }
}
