using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using StaticMap.Core;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Rendering;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Hostile;

/// <summary>
/// What every hostile input must get: a clear diagnostic or safe escaping, never an internal error (MAP099 is a
/// failure here: the pipeline must handle hostile input explicitly), never a partial site, never a temporary folder
/// left behind, and never markup or script from plan text in a page.
/// </summary>
internal static partial class HostileAssert
{
    /// <summary>The theme's "Share or embed this chart" control: a read-only field to copy from, or its copy button.</summary>
    private static bool IsShareControl(AngleSharp.Dom.IElement element) =>
        element.Closest("details.chart-share") is not null
        && (element.LocalName == "button" ? element.GetAttribute("type") == "button" && (element.HasAttribute("data-copy") || element.HasAttribute("data-chart-png")) : element.HasAttribute("readonly"));

    private static readonly HtmlParser Parser = new();

    /// <summary>Checks (validation only); fails on MAP099 and on diagnostics without a usable position.</summary>
    public static IReadOnlyList<Diagnostic> Check(TestSite site)
    {
        var diagnostics = site.Check();
        NoInternalError(diagnostics);
        return diagnostics;
    }

    public static void NoInternalError(IEnumerable<Diagnostic> diagnostics)
    {
        var list = diagnostics.ToList();
        Assert.False(list.Any(d => d.Code == "MAP099"), "internal error: " + string.Join("\n", list.Where(d => d.Code == "MAP099")));
        foreach (var d in list)
        {
            Assert.False(Path.IsPathRooted(d.Span.Path), $"diagnostic path must be repository-relative: {d}");
            Assert.True(d.Span.Line >= 1 && d.Span.Column >= 1, $"diagnostic without a position: {d}");
            Assert.False(string.IsNullOrWhiteSpace(d.Message), $"diagnostic without a message: {d}");
        }
    }

    /// <summary>
    /// Builds a site that must fail: a previous site sits in the output folder and must be left byte for byte, and no
    /// temporary folder may be left next to it. Returns the diagnostics.
    /// </summary>
    public static IReadOnlyList<Diagnostic> BuildFails(TestSite site)
    {
        WritePreviousSite(site.Output);
        var before = Snapshot(site.Output);
        var result = site.Build();
        NoInternalError(result.Diagnostics);
        Assert.False(result.Succeeded, "the build should have failed; diagnostics:\n" + string.Join("\n", result.Diagnostics));
        Assert.Equal(before, Snapshot(site.Output));
        NoTemporaryFolders(site);
        return result.Diagnostics;
    }

    /// <summary>Builds a site that must succeed (warnings allowed) and whose every page is safe.</summary>
    public static BuildResult BuildSucceedsSafely(TestSite site, SiteOptions? options = null)
    {
        var result = site.Build(options);
        NoInternalError(result.Diagnostics);
        Assert.True(result.Succeeded, "the build should have succeeded; errors:\n" + string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        NoTemporaryFolders(site);
        SiteIsSafe(site.Output);
        return result;
    }

    /// <summary>A failing input: the diagnostic with this code at this position is reported, and the build fails cleanly.</summary>
    public static Diagnostic FailsWith(TestSite site, string code, SourceSpan at)
    {
        var diagnostics = BuildFails(site);
        return Has(diagnostics, code, at);
    }

    public static Diagnostic Has(IReadOnlyList<Diagnostic> diagnostics, string code, SourceSpan at)
    {
        var found = diagnostics.FirstOrDefault(d => d.Code == code && d.Span == at);
        Assert.True(found is not null, $"expected {code} at {at}; got:\n{string.Join("\n", diagnostics)}");
        return found!;
    }

    public static void NoTemporaryFolders(TestSite site)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(site.Output))!;
        Assert.Empty(Directory.GetDirectories(parent, "._site.tmp-*"));
        Assert.Empty(Directory.GetDirectories(parent, "._site.old-*"));
    }

    /// <summary>A site from an earlier build, marked as StaticMap's, so a failed build has something to leave alone.</summary>
    public static void WritePreviousSite(string output)
    {
        if (Directory.Exists(output)) return;
        Directory.CreateDirectory(Path.Combine(output, "earlier"));
        File.WriteAllText(Path.Combine(output, ".staticmap-output"), "This folder is written by StaticMap and replaced on every build.\n");
        File.WriteAllText(Path.Combine(output, "index.html"), "<!DOCTYPE html><title>Earlier build</title><p>earlier</p>");
        File.WriteAllText(Path.Combine(output, "earlier", "index.html"), "<!DOCTYPE html><title>Earlier page</title>");
    }

    public static Dictionary<string, string> Snapshot(string folder) => !Directory.Exists(folder)
        ? []
        : Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    public static IReadOnlyDictionary<string, IHtmlDocument> Pages(string output) => Directory
        .EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
        .ToDictionary(f => "/" + Path.GetRelativePath(output, f).Replace(Path.DirectorySeparatorChar, '/'),
            f => Parser.ParseDocument(File.ReadAllText(f)));

    public static IHtmlDocument Page(string output, string file) =>
        Parser.ParseDocument(File.ReadAllText(Path.Combine(output, file.Replace('/', Path.DirectorySeparatorChar))));

    /// <summary>Theme scripts are the only scripts: /static/js/*.js, /static/vendor/chart.js/*, and JSON data blocks.</summary>
    [GeneratedRegex(@"^(/[^/]+)*/static/(js/[A-Za-z0-9_.-]+\.js|vendor/chart\.js/[A-Za-z0-9_.-]+)$")]
    private static partial Regex ThemeScript();

    private static readonly string[] ForbiddenElements = ["iframe", "object", "embed", "frame", "frameset", "applet", "base", "portal", "style"];

    /// <summary>Form elements appear only in the theme's search form.</summary>
    private static readonly string[] FormElements = ["form", "input", "button", "textarea", "select", "option"];

    private static readonly string[] UrlAttributes =
        ["href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "srcset", "cite", "longdesc", "ping", "manifest", "lowsrc", "dynsrc"];

    /// <summary>
    /// Every page of the site is free of content scripts: no script element but the theme's, no on* attribute, no
    /// javascript:/vbscript:/data:text/html address, no embedding or form elements, no refresh; and every JSON, XML and
    /// CSV file is well-formed, so no text breaks out of it.
    /// </summary>
    public static void SiteIsSafe(string output)
    {
        var pages = Pages(output);
        Assert.NotEmpty(pages);
        foreach (var (url, page) in pages) PageIsSafe(url, page);
        foreach (var json in Directory.EnumerateFiles(output, "*.json", SearchOption.AllDirectories))
            JsonDocument.Parse(File.ReadAllText(json)).Dispose();
        foreach (var xml in Directory.EnumerateFiles(output, "*.xml", SearchOption.AllDirectories))
            XDocument.Parse(File.ReadAllText(xml));
    }

    public static void PageIsSafe(string url, IHtmlDocument page)
    {
        foreach (var script in page.QuerySelectorAll("script"))
        {
            var src = script.GetAttribute("src");
            if (src is not null)
            {
                Assert.True(ThemeScript().IsMatch(src), $"{url}: a script that is not the theme's: {script.OuterHtml}");
                continue;
            }
            Assert.True(script.GetAttribute("type") == "application/json", $"{url}: an inline script: {Shorten(script.OuterHtml)}");
            // A JSON block that parses is one nothing broke out of.
            JsonDocument.Parse(script.TextContent).Dispose();
        }
        foreach (var element in page.All)
        {
            var name = element.LocalName;
            Assert.False(ForbiddenElements.Contains(name), $"{url}: <{name}> in the page: {Shorten(element.OuterHtml)}");
            if (FormElements.Contains(name))
                Assert.True(element.Closest("form#sm-search-form") is not null || IsShareControl(element),
                    $"{url}: <{name}> outside the theme's search form and share control: {Shorten(element.OuterHtml)}");
            if (name == "meta")
                Assert.False(string.Equals(element.GetAttribute("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase),
                    $"{url}: a refresh: {element.OuterHtml}");
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase),
                    $"{url}: an event attribute: {Shorten(element.OuterHtml)}");
                if (UrlAttributes.Contains(attribute.Name) || UrlAttributes.Contains(attribute.LocalName))
                    Assert.False(IsScriptUrl(attribute.Value), $"{url}: a script address: {Shorten(element.OuterHtml)}");
                if (attribute.LocalName == "style")
                    Assert.DoesNotContain("expression(", attribute.Value, StringComparison.OrdinalIgnoreCase);
            }
        }
        // Content never brings its own style sheet or link elements: only the theme's.
        foreach (var link in page.QuerySelectorAll("link"))
            Assert.True(link.GetAttribute("rel") is "stylesheet" or "canonical" or "alternate" or "icon",
                $"{url}: an unexpected link element: {link.OuterHtml}");
    }

    /// <summary>As a browser reads an address: leading spaces and control characters dropped, tabs and newlines removed.</summary>
    public static bool IsScriptUrl(string value)
    {
        var cleaned = new string(value.Where(c => c > ' ' && c != '\u007f').ToArray()).ToLowerInvariant();
        return cleaned.StartsWith("javascript:", StringComparison.Ordinal) || cleaned.StartsWith("vbscript:", StringComparison.Ordinal)
            || cleaned.StartsWith("data:text/html", StringComparison.Ordinal) || cleaned.StartsWith("data:image/svg", StringComparison.Ordinal)
            || cleaned.StartsWith("data:application", StringComparison.Ordinal) || cleaned.StartsWith("file:", StringComparison.Ordinal);
    }

    /// <summary>The element holds the text as text (escaped in the page), not as markup.</summary>
    public static void ShowsText(IHtmlDocument page, string selector, string text)
    {
        var elements = page.QuerySelectorAll(selector);
        Assert.True(elements.Any(e => e.TextContent.Contains(text, StringComparison.Ordinal)),
            $"no <{selector}> shows '{text}' as text; found: {string.Join(" | ", elements.Select(e => Shorten(e.TextContent)))}");
    }

    private static string Shorten(string s) => s.Length <= 300 ? s : s[..300] + "…";

    /// <summary>A YAML double-quoted scalar holding exactly <paramref name="text"/>.</summary>
    public static string Quoted(string text)
    {
        var sb = new System.Text.StringBuilder("\"");
        foreach (var c in text)
        {
            if (c is '\\' or '"') sb.Append('\\').Append(c);
            else if (c < ' ' || c is '\u0085' or '\u2028' or '\u2029' or '\u007f') sb.Append($"\\u{(int)c:X4}");
            else sb.Append(c);
        }
        return sb.Append('"').ToString();
    }
}
