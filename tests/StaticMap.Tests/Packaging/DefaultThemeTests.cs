using StaticMap.Core;
using StaticMap.Core.Rendering;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Packaging;

/// <summary>
/// The installed tool finds its default theme next to StaticMap.dll, where the tests' output folder has it too. Packing and
/// installing the tool takes about a minute, so that check runs in CI (.github/workflows/ci.yml; see docs/packaging.md).
/// </summary>
public class DefaultThemeTests
{
    [Fact]
    public void A_repository_without_a_theme_folder_builds_with_the_theme_shipped_with_the_tool()
    {
        using var site = TestSite.Valid();
        Assert.Empty(site.Files("theme"));
        var build = SiteBuilder.Build(new BuildRequest(site.ReadRoot, site.Output, new SiteOptions { Clock = TestClock.Provider }, ThemeFolder: null, Search: false));
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        Assert.Contains("<html", File.ReadAllText(Path.Combine(site.Output, "test-county", "index.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, "static", "css", "site.css")));
        // Restored from the shipped theme's libman.json.
        Assert.True(File.Exists(Path.Combine(site.Output, "static", "vendor", "chart.js", "chart.umd.js")));
    }
}
