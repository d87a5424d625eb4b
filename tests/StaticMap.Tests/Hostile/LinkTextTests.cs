using StaticMap.Core.Diagnostics;
using StaticMap.Tests.Support;
using static StaticMap.Tests.Support.TestSite;

namespace StaticMap.Tests.Hostile;

/// <summary>
/// A link in a narrative that shows one thing and is another: invisible direction controls (U+202A–U+202E,
/// U+2066–U+2069) in its text or address are MAP051 at the character, as in one-line fields; a word of its text that
/// mixes Latin with Cyrillic or Greek look-alikes is a MAP058 warning at the odd letter.
/// </summary>
public class LinkTextTests
{
    private const string Findings = Plan + "/findings.md";

    private static TestSite With(string markdown)
    {
        var site = Valid();
        site.Write(Findings, site.Read(Findings) + "\n" + markdown + "\n");
        return site;
    }

    [Theory]
    [InlineData('\u202E')]
    [InlineData('\u202A')]
    [InlineData('\u202D')]
    [InlineData('\u2066')]
    [InlineData('\u2069')]
    public void A_direction_control_in_link_text_is_MAP051_at_the_character(char control)
    {
        using var site = With($"Read [the county {control}report](https://example.org/report) first.");
        var d = HostileAssert.FailsWith(site, "MAP051", site.PositionOf(Findings, control.ToString()));
        Assert.StartsWith($"a link contains the invisible direction-control character U+{(int)control:X4} (", d.Message);
        HostileAssert.Has(HostileAssert.Check(site), "MAP051", site.PositionOf(Findings, control.ToString()));
    }

    [Fact]
    public void A_direction_control_in_a_link_address_or_site_page_link_is_MAP051()
    {
        using var site = With("See [the report](https://example.org/\u202Efdp.exe).");
        HostileAssert.FailsWith(site, "MAP051", site.PositionOf(Findings, "\u202E"));

        using var page = Valid();
        page.Write("input/accessibility.md", page.Read("input/accessibility.md") + "\n[Contact \u2067us](https://example.org/)\n");
        HostileAssert.FailsWith(page, "MAP051", page.PositionOf("input/accessibility.md", "\u2067"));
    }

    [Fact]
    public void Direction_controls_in_prose_outside_links_stay_allowed()
    {
        using var site = With("Right-to-left prose may use \u2067an isolate\u2069 here.");
        Assert.DoesNotContain(HostileAssert.Check(site), d => d.Code == "MAP051");
    }

    [Fact]
    public void A_Cyrillic_look_alike_in_a_Latin_word_of_link_text_is_a_warning_at_the_letter()
    {
        using var site = With("Log in at [P\u0430ypal](https://example.org/).");
        var result = HostileAssert.BuildSucceedsSafely(site);
        var d = HostileAssert.Has(result.Diagnostics, "MAP058", site.PositionOf(Findings, "\u0430"));
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal("the word 'P\u0430ypal' in a link mixes Latin letters with the Cyrillic letter '\u0430' (U+0430), which looks like a Latin letter, so the link reads as one word and is another; retype the word in one alphabet", d.Message);
    }

    [Fact]
    public void A_Greek_omicron_in_a_Latin_word_is_a_warning()
    {
        using var site = With("[G\u03BFogle](https://example.org/)");
        HostileAssert.Has(HostileAssert.Check(site), "MAP058", site.PositionOf(Findings, "\u03BF"));
    }

    [Fact]
    public void Words_in_one_alphabet_are_fine()
    {
        using var site = With("[Año de datos](https://example.org/) and [Москва](https://example.org/ru) and [Αθήνα](https://example.org/el)");
        Assert.DoesNotContain(HostileAssert.Check(site), d => d.Code == "MAP058");
    }
}
