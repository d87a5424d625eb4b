using StaticMap.BrowserTests.Infrastructure;

namespace StaticMap.BrowserTests;

/// <summary>
/// A missing browser, Java, vnu.jar or search index skips the tests that need it, with a line that says how to
/// install it; with CI=true (as CI sets it) it fails them instead. Nothing is downloaded by the tests.
/// </summary>
public class PrerequisiteTests
{
    [Fact]
    public void A_missing_Chromium_says_how_to_install_it()
    {
        var error = Assert.Throws<PrerequisiteMissingException>(() => Prerequisites.Chromium("/nonexistent/chromium"));
        Assert.Contains("/nonexistent/chromium", error.Message);
        Assert.Contains("apt-get install chromium", error.Message);
        Assert.Contains("STATICMAP_CHROMIUM", error.Message);
    }

    [Fact]
    public void A_missing_Java_says_how_to_install_it()
    {
        var error = Assert.Throws<PrerequisiteMissingException>(() => Prerequisites.Java(home: null, searchPath: "/nonexistent"));
        Assert.Contains("apt-get install default-jre-headless", error.Message);
    }

    [Fact]
    public void A_missing_tool_skips_the_test_with_what_to_install()
    {
        var missing = Assert.Throws<PrerequisiteMissingException>(() => Prerequisites.Chromium("/nonexistent/chromium"));
        var skip = Assert.IsType<SkipException>(Prerequisites.Unavailable(missing, fail: false));
        Assert.StartsWith("Skipped: Chromium was not found at /nonexistent/chromium.", skip.Message);
        Assert.Contains("apt-get install chromium", skip.Message);
        Assert.Contains("bash tests/setup.sh", skip.Message);
    }

    [Fact]
    public void With_CI_true_a_missing_tool_fails_the_test()
    {
        var missing = new PrerequisiteMissingException("Java was not found.");
        Assert.Same(missing, Prerequisites.Unavailable(missing, fail: true));
        Assert.True(Prerequisites.MissingToolsFailWith("true"));
        Assert.True(Prerequisites.MissingToolsFailWith("TRUE"));
        Assert.False(Prerequisites.MissingToolsFailWith(null));
        Assert.False(Prerequisites.MissingToolsFailWith("false"));
    }

    [Fact]
    public void The_tests_launch_Chromium_without_anything_that_reaches_the_network()
    {
        Assert.Contains("--headless", SiteFixture.ChromiumArgs);
        Assert.Contains("--disable-background-networking", SiteFixture.ChromiumArgs);
        Assert.Contains("--disable-component-update", SiteFixture.ChromiumArgs);
    }
}
