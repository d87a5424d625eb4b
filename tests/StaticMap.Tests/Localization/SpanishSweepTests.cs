using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StaticMap.Core.Rendering;
using StaticMap.Tests.Support;
using StaticMap.Tests.Translations;

namespace StaticMap.Tests.Localization;

/// <summary>
/// Every Spanish page of a bilingual site, read as a Spanish reader and a screen reader meet it: no common English word in
/// its text or in the attributes a reader is given (alt, aria-label, title, placeholder, the meta descriptions and share
/// titles) outside an element marked lang="en". The plan leaves part of its translation out on purpose (a component, a
/// report, a vision, a statement list, units), so author text in English is on the pages and must be marked, and
/// StaticMap's own words must be Spanish (fixes12, 2026-12-08).
/// </summary>
public partial class SpanishSweepTests
{
    /// <summary>Words no Spanish sentence has: English function words, StaticMap's English labels, unit words, month names.</summary>
    [GeneratedRegex(@"\b(the|and|of|with|from|data|residents|people|target|baseline|dollars|percent|not started|on track|off track|at risk|achieved|"
        + @"january|february|march|april|may|june|july|august|september|october|november|december)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWord();

    /// <summary>A file name or address in a sentence ("data/jobs-program.csv") is no word of either language.</summary>
    [GeneratedRegex(@"\S*[/@]\S*|\S+\.(csv|md|yml|json|png|svg)\b")]
    private static partial Regex PathLike();

    /// <summary>The attributes a reader is given as words. A chart's canvas is left out: its accessible name is an attribute,
    /// which cannot mark a language, and docs/authoring.md says it keeps an untranslated name's plain text; the visible
    /// caption and sentence beside it, which are checked, mark it.</summary>
    private static readonly string[] ReadAttributes = ["alt", "aria-label", "title", "placeholder", "aria-roledescription"];

    private static readonly HashSet<string> ReadMeta = new(StringComparer.Ordinal)
        { "description", "og:description", "twitter:description", "og:title", "twitter:title", "og:image:alt", "twitter:image:alt" };

    private static readonly HashSet<string> NotRead = new(StringComparer.OrdinalIgnoreCase)
        { "script", "style", "code", "pre", "textarea", "template", "svg" };

    [Fact]
    public void No_english_word_is_left_unmarked_on_any_spanish_page()
    {
        using var site = SpanishFixture.Create()
            // Left untranslated on purpose: a whole component, a report, the vision, a statement list, an indicator's and a
            // local CSV's unit. Their English must be marked; everything StaticMap writes around them must be Spanish.
            .Delete(SpanishFixture.P + "/sustainability.es.md")
            .Delete(SpanishFixture.P + "/progress/2024.es.md")
            .Replace(SpanishFixture.P + "/how-we-got-here.es.md", "progress/2024.es.md", "progress/2024.md")
            .Replace(SpanishFixture.P + "/theory-of-change.es.md", "vision: Que todas las personas puedan ganarse bien la vida.\n", "")
            .Replace(SpanishFixture.P + "/theory-of-change.es.md", "  assumptions: [La capacitación funciona]\n", "")
            .Replace(SpanishFixture.P + "/measurement-plan.es.md", "    unit: personas\n", "")
            .Replace(SpanishFixture.P + "/findings.es.md", "    unit: personas\n", "")
            .Built(new SiteOptions(IncludeDrafts: true));

        var pages = Directory.EnumerateFiles(Path.Combine(site.Output, "es"), "*.html", SearchOption.AllDirectories).Order().ToList();
        Assert.True(pages.Count >= 12, $"only {pages.Count} Spanish pages were built");
        var found = pages.SelectMany(p => EnglishOn(new HtmlParser().ParseDocument(File.ReadAllText(p)))
            .Select(f => $"{Path.GetRelativePath(site.Output, p)}: {f}")).ToList();
        Assert.True(found.Count == 0, "English words outside lang=\"en\" on Spanish pages:\n" + string.Join("\n", found));
    }

    /// <summary>Each English word of the page's text and read attributes that no lang="en" element holds: where, and the text.</summary>
    private static IEnumerable<string> EnglishOn(IDocument page)
    {
        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        foreach (var element in page.DocumentElement.DescendantsAndSelf<IElement>())
        {
            if (!IsSpanish(element)) continue;
            foreach (var text in element.ChildNodes.OfType<IText>())
                if (English(text.Data) is { } word) yield return $"<{element.LocalName}> '{word}' in \"{Shorten(text.Data)}\"";
            foreach (var name in ReadAttributes)
                if (element.GetAttribute(name) is { } value && !(element.LocalName == "canvas" && name == "aria-label") && English(value) is { } word)
                    yield return $"<{element.LocalName} {name}> '{word}' in \"{Shorten(value)}\"";
            if (element.LocalName == "meta" && ReadMeta.Contains(element.GetAttribute("name") ?? element.GetAttribute("property") ?? "")
                && English(element.GetAttribute("content") ?? "") is { } meta)
                yield return $"<meta {element.GetAttribute("name") ?? element.GetAttribute("property")}> '{meta}' in \"{Shorten(element.GetAttribute("content")!)}\"";
        }
    }

    /// <summary>Whether the element is read as Spanish: the closest lang says so, and it is not code, a script or marked
    /// as not to be translated.</summary>
    private static bool IsSpanish(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (NotRead.Contains(e.LocalName) || e.GetAttribute("translate") == "no") return false;
            if (e.GetAttribute("lang") is { } lang) return lang.StartsWith("es", StringComparison.OrdinalIgnoreCase);
        }
        return false;
    }

    private static string? English(string text)
    {
        var match = EnglishWord().Match(PathLike().Replace(text, " "));
        return match.Success ? match.Value : null;
    }

    private static string Shorten(string text)
    {
        var t = Regex.Replace(text, @"\s+", " ").Trim();
        return t.Length <= 120 ? t : t[..117] + "...";
    }
}
