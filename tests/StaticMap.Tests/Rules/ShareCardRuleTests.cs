using StaticMap.Core.Diagnostics;
using StaticMap.Core.Rendering;
using StaticMap.Tests.Support;
using Xunit;

namespace StaticMap.Tests.Rules;

/// <summary>MAP094 (share cards need --base-url) and MAP095 (a theme's cards/card.yml is wrong).</summary>
public class ShareCardRuleTests
{
    [Fact]
    public void MAP094_a_build_without_a_base_url_says_once_that_cards_need_it()
    {
        using var site = TestSite.Valid();
        var result = site.Build(new SiteOptions());
        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "MAP094");
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(new SourceSpan("input/index.md", 1, 1), warning.Span);
        Assert.Equal("the site is built without --base-url, so its pages have no share card image or absolute link (og:image, og:url) "
            + "and a link pasted into a social post or newsletter shows no card; build the published site with --base-url https://your.site/", warning.Message);
        var home = File.ReadAllText(Path.Combine(site.Output, "index.html"));
        Assert.DoesNotContain("og:image\"", home);
        Assert.Contains("<meta name=\"twitter:card\" content=\"summary\">", home);
    }

    [Theory]
    [InlineData("https://maps.example.org/", false)]
    [InlineData(null, true)]
    public void MAP094_is_not_reported_with_a_base_url_nor_on_a_noindex_preview(string? baseUrl, bool noIndex)
    {
        using var site = TestSite.Valid();
        var result = site.Build(new SiteOptions(BaseUrl: baseUrl, NoIndex: noIndex));
        Assert.True(result.Succeeded);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "MAP094");
    }

    [Fact]
    public void MAP095_a_colour_that_is_not_rrggbb_is_reported_at_its_value()
    {
        using var site = TestSite.Valid().WithOwnTheme();
        site.Write("theme/cards/card.yml", "band: \"#12355b\"\naccent: blue\n");
        var result = site.Build(new SiteOptions(BaseUrl: "https://maps.example.org/"));
        Assert.False(result.Succeeded);
        var error = RuleAssert.Single(result.Diagnostics.Where(d => d.Code != "MAP090").ToList(), "MAP095", new SourceSpan("theme/cards/card.yml", 2, 9));
        Assert.Equal("'accent' is a colour written as \"#rrggbb\" (\"#12355b\"), not 'blue'", error.Message);
    }

    [Fact]
    public void MAP095_an_unknown_setting_is_reported_with_a_guess()
    {
        using var site = TestSite.Valid().WithOwnTheme();
        site.Write("theme/cards/card.yml", "backgroud: \"#ffffff\"\n");
        var result = site.Build(new SiteOptions(BaseUrl: "https://maps.example.org/"));
        var error = RuleAssert.Single(result.Diagnostics.Where(d => d.Code != "MAP090").ToList(), "MAP095", new SourceSpan("theme/cards/card.yml", 1, 1));
        Assert.StartsWith("'backgroud' is not a card setting; did you mean 'background'?", error.Message);
    }

    [Fact]
    public void A_theme_card_yml_with_its_own_colours_and_font_builds_and_changes_the_card()
    {
        using var site = TestSite.Valid().WithOwnTheme();
        site.WriteBytes("theme/cards/fonts/Own.ttf", File.ReadAllBytes(Path.Combine(TestSite.ThemeFolder, "cards", "fonts", "AtkinsonHyperlegible-Bold.ttf")));
        site.Write("theme/cards/card.yml", "band: \"#5b3a99\"\nfont: fonts/Own.ttf\n");
        var result = site.Build(new SiteOptions(BaseUrl: "https://maps.example.org/"));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var card = File.ReadAllBytes(Path.Combine(site.Output, "card.png"));
        Assert.Equal((1200, 630), Rendering.ShareCardTests.PngSize(card));
    }
}
