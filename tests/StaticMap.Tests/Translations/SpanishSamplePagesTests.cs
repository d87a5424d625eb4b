using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using StaticMap.Core;
using StaticMap.Core.Rendering;
using StaticMap.Core.Rendering.Templates;
using StaticMap.Tests.Support;
using Xunit;

namespace StaticMap.Tests.Translations;

/// <summary>The repository's sample plans (Alameda County in English and Spanish), built once for the class.</summary>
public sealed class SampleSiteBuild : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public SampleSiteBuild()
    {
        Site = TestSite.Empty();
        Site.CopyFolder(Path.Combine(Repository.Root, "plans"), "plans").CopyFolder(Path.Combine(Repository.Root, "input"), "input");
        Result = Site.Build(new SiteOptions(BaseUrl: "https://maps.example.org/") { Clock = TestClock.Provider });
        if (!Result.Succeeded) throw new InvalidOperationException(string.Join("\n", Result.Diagnostics));
        Pages = Directory.EnumerateFiles(Site.Output, "*.html", SearchOption.AllDirectories)
            .ToDictionary(UrlOf, f => Parser.ParseDocument(File.ReadAllText(f)));
    }

    public TestSite Site { get; }
    public BuildResult Result { get; }
    public IReadOnlyDictionary<string, IHtmlDocument> Pages { get; }

    private string UrlOf(string file)
    {
        var relative = "/" + Path.GetRelativePath(Site.Output, file).Replace(Path.DirectorySeparatorChar, '/');
        return relative.EndsWith("/index.html", StringComparison.Ordinal) ? relative[..^"index.html".Length] : relative;
    }

    public void Dispose() => Site.Dispose();
}

/// <summary>
/// Issue 15's check on the shipped Spanish sample: every page of the Spanish site is in Spanish, except the parts marked
/// lang="en" (an untranslated component, a proper name), and it links to its English page and back.
/// </summary>
public class SpanishSamplePagesTests(SampleSiteBuild site) : IClassFixture<SampleSiteBuild>
{
    private static readonly Regex Placeholder = new(@"\{[^}]*\}", RegexOptions.Compiled);

    /// <summary>
    /// The fragments of English interface text a Spanish page must not show: each English text of the strings file that
    /// Spanish writes differently, cut at its placeholders, keeping the pieces with a word of four letters or more.
    /// </summary>
    private static IReadOnlyList<string> EnglishFragments()
    {
        var english = Theme.DefaultStrings.For("en");
        var spanish = Theme.DefaultStrings.For("es");
        var fragments = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in english.Keys)
        {
            if (key.StartsWith("language.", StringComparison.Ordinal) || key.StartsWith("languages.", StringComparison.Ordinal)) continue;
            var en = english.Text(key);
            if (en == spanish.Text(key)) continue;
            foreach (var piece in Placeholder.Split(en))
            {
                var fragment = piece.Trim(' ', ',', '.', ':', ';', '(', ')', '–', '-', '"', '\'');
                if (Regex.IsMatch(fragment, @"\p{L}{4,}")) fragments.Add(fragment);
            }
        }
        return fragments.Order(StringComparer.Ordinal).ToList();
    }

    private IEnumerable<KeyValuePair<string, IHtmlDocument>> SpanishPages =>
        site.Pages.Where(p => p.Key.StartsWith("/es/", StringComparison.Ordinal));

    [Fact]
    public void The_Spanish_site_has_the_plan_and_its_components()
    {
        foreach (var url in new[] { "/es/", "/es/alameda-county/", "/es/alameda-county/findings/", "/es/alameda-county/theory-of-change/",
                     "/es/alameda-county/measurement-plan/", "/es/alameda-county/progress/", "/es/alameda-county/status/" })
            Assert.True(site.Pages.ContainsKey(url), $"no page {url}");
    }

    [Fact]
    public void Every_Spanish_page_is_marked_Spanish()
    {
        Assert.NotEmpty(SpanishPages);
        foreach (var (url, page) in SpanishPages)
            Assert.True(page.DocumentElement.GetAttribute("lang") == "es", $"{url}: <html lang=\"{page.DocumentElement.GetAttribute("lang")}\">");
    }

    [Fact]
    public void No_English_interface_text_appears_on_a_Spanish_page_outside_lang_en_parts()
    {
        var fragments = EnglishFragments();
        Assert.NotEmpty(fragments);
        Assert.NotEmpty(SpanishPages);
        var found = new List<string>();
        foreach (var (url, page) in SpanishPages)
        {
            foreach (var (text, where) in SpanishText(page))
            {
                foreach (var fragment in fragments)
                {
                    var at = text.IndexOf(fragment, StringComparison.Ordinal);
                    if (at < 0 || !IsWordAt(text, at, fragment.Length)) continue;
                    // One capitalised word inside a longer text is a proper name ("Alameda County", a cited title), not
                    // interface text; alone (a label, a table header) it is.
                    if (!fragment.Contains(' ') && char.IsUpper(fragment[0]) && text.Trim() != fragment) continue;
                    found.Add($"{url} {where}: \"{fragment}\" in \"{Excerpt(text, at)}\"");
                }
            }
        }
        Assert.True(found.Count == 0, "English interface text on Spanish pages:\n" + string.Join("\n", found.Distinct().Take(60)));
    }

    [Fact]
    public void Each_Spanish_page_links_to_its_English_page_and_back()
    {
        Assert.NotEmpty(SpanishPages);
        foreach (var (url, page) in SpanishPages)
        {
            var english = url["/es".Length..];
            // The 404 page is shown at any address that does not exist: it has no counterpart to link to.
            if (url.EndsWith("404.html", StringComparison.Ordinal) || !site.Pages.TryGetValue(english, out var englishPage)) continue;
            // An embed page, framed on a partner's page, has no language switch: its head names the other language.
            var links = url.EndsWith("/embed/", StringComparison.Ordinal) ? "link[rel=alternate][hreflang='{0}']" : "a[hreflang='{0}']";
            var toEnglish = page.QuerySelectorAll(string.Format(links, "en")).Select(a => a.GetAttribute("href")).ToList();
            Assert.True(toEnglish.Any(h => h is not null && (h == english || h.EndsWith(english, StringComparison.Ordinal))),
                $"{url} does not link to {english} with hreflang=\"en\" (links: {string.Join(", ", toEnglish)})");
            var toSpanish = englishPage.QuerySelectorAll(string.Format(links, "es")).Select(a => a.GetAttribute("href")).ToList();
            Assert.True(toSpanish.Any(h => h is not null && h.EndsWith(url, StringComparison.Ordinal)),
                $"{english} does not link to {url} with hreflang=\"es\" (links: {string.Join(", ", toSpanish)})");
        }
    }

    /// <summary>A Spanish page writes a percent as its numbers are formatted (es-US: "85.6 %", a no-break space before the sign),
    /// the interface's own words too: the data table's "Intervalo de confianza del 95 %" sits beside "76.1 %", and the status
    /// page's "4 de 4 (100 %)" (review, 2026-12-07).</summary>
    [Fact]
    public void A_percent_the_site_writes_on_a_Spanish_page_has_the_space_its_numbers_have()
    {
        Assert.NotEmpty(SpanishPages);
        var found = new List<string>();
        var headers = 0;
        foreach (var (url, page) in SpanishPages)
            foreach (var cell in page.QuerySelectorAll("th, caption, figcaption, dt, h1, h2, h3, h4, .measure-text").Where(IsSpanish))
            {
                var text = cell.TextContent;
                if (text.Contains("Intervalo de confianza", StringComparison.Ordinal))
                {
                    headers++;
                    Assert.Equal("Intervalo de confianza del 95\u00A0%", text.Trim());
                }
                foreach (Match m in Regex.Matches(text, @"\d%")) found.Add($"{url} <{cell.LocalName}>: \"{Excerpt(text, m.Index)}\"");
            }
        Assert.True(headers > 0, "no Spanish data table has a confidence interval column");
        // The reporting status page's measures ("4 de 4 (100 %)") are the site's own words and numbers.
        var measures = site.Pages["/es/alameda-county/status/"].QuerySelectorAll(".measure-text").Select(m => m.TextContent).ToList();
        Assert.NotEmpty(measures);
        Assert.All(measures, m => Assert.Matches(@"^\d+ de \d+ \(\d+\u00A0%\)$", m));
        Assert.True(found.Count == 0, "a percent sign right after a digit on Spanish pages:\n" + string.Join("\n", found.Distinct().Take(30)));
    }

    /// <summary>The texts a reader meets on the page in Spanish: text nodes and the attributes read aloud or shown, outside lang="en" parts.</summary>
    private static IEnumerable<(string Text, string Where)> SpanishText(IHtmlDocument page)
    {
        foreach (var element in page.All)
        {
            if (element.LocalName is "script" or "style" or "template") continue;
            if (!IsSpanish(element)) continue;
            foreach (var attribute in new[] { "aria-label", "alt", "title", "placeholder", "aria-description" })
                if (element.GetAttribute(attribute) is { Length: > 0 } value) yield return (value, $"<{element.LocalName} {attribute}>");
            if (element.LocalName == "meta" && element.GetAttribute("content") is { Length: > 0 } content
                && element.GetAttribute("name") is "description" or null && element.GetAttribute("property") is "og:title" or "og:description" or null
                && (element.GetAttribute("name") is not null || element.GetAttribute("property") is not null))
                yield return (content, "<meta>");
            foreach (var node in element.ChildNodes.OfType<IText>())
                if (node.Data.Trim() is { Length: > 0 } text) yield return (text, $"<{element.LocalName}>");
        }
    }

    private static bool IsSpanish(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (e.LocalName is "script" or "style") return false;
            if (e.GetAttribute("lang") is { } lang) return lang.StartsWith("es", StringComparison.OrdinalIgnoreCase);
        }
        return false;
    }

    /// <summary>A word on its own, not part of a longer word nor of a file path the author wrote ("data/jobs.csv" names a
    /// folder, it is not the English word "data").</summary>
    private static bool IsWordAt(string text, int at, int length) =>
        (at == 0 || !(char.IsLetter(text[at - 1]) || text[at - 1] == '/'))
        && (at + length >= text.Length || !(char.IsLetter(text[at + length]) || text[at + length] == '/'));

    private static string Excerpt(string text, int at)
    {
        var start = Math.Max(0, at - 30);
        return text.Substring(start, Math.Min(text.Length - start, 90)).ReplaceLineEndings(" ");
    }
}
