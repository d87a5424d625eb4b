using StaticMap.BrowserTests.Infrastructure;

namespace StaticMap.BrowserTests;

/// <summary>A missing browser or Java fails the tests and says how to install it; nothing is downloaded or skipped.</summary>
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
    public void The_tests_launch_Chromium_without_anything_that_reaches_the_network()
    {
        Assert.Contains("--headless", SiteFixture.ChromiumArgs);
        Assert.Contains("--disable-background-networking", SiteFixture.ChromiumArgs);
        Assert.Contains("--disable-component-update", SiteFixture.ChromiumArgs);
    }
}
