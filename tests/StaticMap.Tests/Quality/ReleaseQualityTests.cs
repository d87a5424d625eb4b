using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using StaticMap.Core;
using StaticMap.Core.Rendering;
using StaticMap.Tests.Support;
using Xunit.Sdk;

namespace StaticMap.Tests.Quality;

/// <summary>A seed for <see cref="RealisticPlan"/>; FsCheck picks it and does not shrink it (a smaller seed is not a simpler plan).</summary>
public sealed record QualitySeed(int Value)
{
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public static class QualityArbitraries
{
    public static Arbitrary<QualitySeed> Seeds() => Arb.From(Gen.Choose(1, 1_000_000).Select(v => new QualitySeed(v)));
}

/// <summary>
/// The release-quality test (issue 21, docs/release-quality.md): a random realistic plan, written to the authoring
/// contract, built in English and Spanish, and every page read as a comms reviewer reads it: numbers formatted and in
/// the indicator's unit and precision, the page's language everywhere (and lang="en" only on English), no sentence citing
/// a Weak estimate, charts of data on the data's years, no leftovers. A failure names the page, the element and the text.
/// STATICMAP_QUALITY_SITE=&lt;folder&gt; runs the same checks over a site built elsewhere (the sample site, a hidden plan).
/// </summary>
[Trait("Category", "Slow")]
public class ReleaseQualityTests
{
    [Theory]
    [InlineData(2101, false, true)]   // a county, the contract in full (translated jurisdiction name, dates, a group indicator)
    [InlineData(2102, true, false)]   // a city, without the contract's newer fields
    [InlineData(2103, false, false)]  // a county, without the contract's newer fields
    [InlineData(2104, true, true)]    // a city, the contract in full
    [InlineData(870037, true, true)]  // found by the property: a peer's Weak "1.6 per 100,000" beside a strong "2,061.6 per 100,000"
    [InlineData(2105, true, false, "4261000")] // Pittsburgh: Urban rates some of its race/ethnicity estimates Weak
    public void A_generated_plan_reads_right_on_every_page_in_both_languages(int seed, bool city, bool fullContract, string? fips = null)
    {
        var options = (fullContract ? new RealisticPlan.Options(City: city) : RealisticPlan.Options.WithoutNewerFields(city)) with { Fips = fips };
        QualityRun.Assert(RealisticPlan.Generate(seed, options));
    }

    [Property(MaxTest = 5, Arbitrary = [typeof(QualityArbitraries)])]
    public void Any_generated_plan_reads_right_on_every_page(QualitySeed seed) =>
        QualityRun.Assert(RealisticPlan.Generate(seed.Value));

    [SkippableFact]
    public void A_site_built_elsewhere_reads_right()
    {
        var site = Environment.GetEnvironmentVariable("STATICMAP_QUALITY_SITE");
        Skip.If(string.IsNullOrEmpty(site), "Set STATICMAP_QUALITY_SITE to a built site's folder (e.g. _site) to run the release-quality checks over it (docs/release-quality.md).");
        Assert.True(Directory.Exists(site), $"STATICMAP_QUALITY_SITE={site}: no such folder");
        var findings = QualityChecker.Check(Path.GetFullPath(site), SiteFacts.FromSite(site));
        if (findings.Count > 0)
            throw new XunitException($"{findings.Count} release-quality finding(s) in {site}:\n" + QualityChecker.Report(findings, PerRule()));
    }

    private static int PerRule() =>
        int.TryParse(Environment.GetEnvironmentVariable("STATICMAP_QUALITY_MAX"), out var n) && n > 0 ? n : 25;
}

/// <summary>A generated plan written to a temporary folder, built in-process (drafts left out, no search index), checked.</summary>
public static class QualityRun
{
    public static void Assert(RealisticPlan plan)
    {
        var root = Path.Combine(Path.GetTempPath(), "staticmap-quality-" + Guid.NewGuid().ToString("N"));
        var keep = Environment.GetEnvironmentVariable("STATICMAP_QUALITY_KEEP") == "1";
        try
        {
            plan.WriteTo(root);
            var output = Path.Combine(root, "_site");
            var result = SiteBuilder.Build(new BuildRequest(root, output, new SiteOptions { Clock = TestClock.Provider }, TestSite.ThemeFolder, Search: false));
            if (result.Errors > 0)
                throw new XunitException($"the generated plan does not build ({result.Errors} error(s)); it follows the authoring contract:\n" +
                                         string.Join("\n", result.Diagnostics.Where(d => d.IsError).Select(d => "  " + d)) +
                                         $"\nPlan: {plan.Description}" + (keep ? $"\nRepository kept at {root}" : ""));
            var findings = QualityChecker.Check(output, Facts(plan, output));
            if (findings.Count > 0)
                throw new XunitException($"{findings.Count} release-quality finding(s) on the site of a generated plan:\n" +
                                         QualityChecker.Report(findings) + $"Plan: {plan.Description}" +
                                         (keep ? $"\nSite kept at {output}" : "\nSet STATICMAP_QUALITY_KEEP=1 to keep the site and read it."));
        }
        finally
        {
            if (!keep)
            {
                try { Directory.Delete(root, recursive: true); }
                catch (IOException) { }
                catch (UnauthorizedAccessException) { }
            }
        }
    }

    /// <summary>What the site's plan.json says, with what only the generator knows: the Spanish indicator names, the precision
    /// the author wrote, the years of Urban's data, and which place names no plan of this site is about.</summary>
    public static SiteFacts Facts(RealisticPlan plan, string output)
    {
        var facts = SiteFacts.FromSite(output);
        facts.Indicators[plan.PlanId] = plan.Indicators.ToList();
        if (!plan.Settings.TranslateNames) facts.AllowedEnglish.Add(plan.Name);
        var named = new[] { plan.Place }.Concat(plan.Peers).Select(p => p.Name).ToList();
        foreach (var sample in new[] { "Alameda", "Ramsey", "Boone" })
            if (!named.Any(n => n.Contains(sample, StringComparison.Ordinal))) facts.ForeignNames.Add(sample);
        return facts;
    }
}
