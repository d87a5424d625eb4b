using System.Text.RegularExpressions;
using StaticMap.Core.Rendering;
using StaticMap.Core.Scaffolding.Admin;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Admin;

/// <summary>
/// netlify.toml's Content-Security-Policy rules read as Netlify reads them: every [[headers]] rule whose path matches applies,
/// and two CSP headers are two policies that both bind. Every page of the site keeps the site's policy; the editor's page
/// gets only its own.
/// </summary>
public sealed class NetlifyHeadersTests
{
    // The site's policy as it was before the editor: no page may lose or loosen any of it.
    private const string SitePolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: https:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; upgrade-insecure-requests";

    private sealed record Rule(string For, Dictionary<string, string> Values);

    private static List<Rule> Rules()
    {
        var rules = new List<Rule>();
        Rule? current = null;
        var inValues = false;
        foreach (var raw in File.ReadLines(Path.Combine(Repository.Root, "netlify.toml")))
        {
            var line = raw.Trim();
            if (line.StartsWith('#') || line.Length == 0) continue;
            if (line == "[[headers]]") { current = new Rule("", []); rules.Add(current); inValues = false; continue; }
            if (line == "[headers.values]") { inValues = true; continue; }
            if (line.StartsWith('[')) { current = null; inValues = false; continue; }
            var match = Regex.Match(line, "^([A-Za-z0-9_.-]+)\\s*=\\s*\"(.*)\"$");
            if (!match.Success || current is null) continue;
            if (!inValues && match.Groups[1].Value == "for") rules[^1] = current = current with { For = match.Groups[2].Value };
            else if (inValues) current.Values[match.Groups[1].Value] = match.Groups[2].Value;
        }
        return rules;
    }

    /// <summary>Netlify's path patterns: '*' is any text (slashes too), ':name' one segment.</summary>
    private static bool Matches(string pattern, string path)
    {
        var regex = "^" + string.Concat(Regex.Split(pattern, "(\\*|:[A-Za-z0-9_]+)").Select(part =>
            part == "*" ? ".*" : part.StartsWith(':') ? "[^/]+" : Regex.Escape(part))) + "$";
        return Regex.IsMatch(path, regex);
    }

    /// <summary>The policies that bind at <paramref name="path"/>. A policy given by two matching rules is one policy twice, which
    /// binds as once; a second, different policy would bind too.</summary>
    private static List<string> Policies(string path) =>
        Rules().Where(r => Matches(r.For, path) && r.Values.ContainsKey("Content-Security-Policy")).Select(r => r.Values["Content-Security-Policy"]).Distinct().ToList();

    [Theory]
    [InlineData("/")]
    [InlineData("/index.html")]
    [InlineData("/404.html")]
    [InlineData("/ramsey-county/")]
    [InlineData("/ramsey-county/progress/2025/")]
    [InlineData("/ramsey-county/progress/2025/index.html")]
    [InlineData("/es/alameda-county/")]
    [InlineData("/search/")]
    [InlineData("/static/js/charts.js")]
    [InlineData("/pagefind/pagefind.js")]
    [InlineData("/sitemap.xml")]
    [InlineData("/feed.xml")]
    [InlineData("/robots.txt")]
    [InlineData("/admin-config.yml")]
    [InlineData("/static/vendor/decap-cms/decap-cms.js")]
    public void Every_address_of_the_site_keeps_exactly_the_sites_policy(string path) =>
        Assert.Equal([SitePolicy], Policies(path));

    [Theory]
    [InlineData("/admin.html")]
    [InlineData("/admin")]
    [InlineData("/admin.es.html")]
    public void The_editor_gets_only_its_own_policy(string path)
    {
        var policy = Assert.Single(Policies(path));
        Assert.Contains("script-src 'self' 'unsafe-eval'", policy);
        Assert.Contains("style-src 'self' 'unsafe-inline'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Contains("object-src 'none'", policy);
    }

    [Fact]
    public void Every_file_a_build_with_the_editor_writes_but_the_editors_page_has_the_sites_policy()
    {
        using var site = TestSite.Valid();
        var result = site.Build(new SiteOptions(IncludeDrafts: true, BaseUrl: "https://maps.example.org/") { Clock = TestClock.Provider, Admin = true });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var files = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(site.Output, f).Replace(Path.DirectorySeparatorChar, '/')).ToList();
        Assert.Contains("/" + AdminFiles.PageFile, files);
        // The output folder's marker (.staticmap-output) is no page of the site.
        bool EditorPage(string f) => System.Text.RegularExpressions.Regex.IsMatch(f, @"^/admin(\.[a-z-]+)?\.html$");
        foreach (var page in files.Where(EditorPage))
            Assert.Contains("'unsafe-eval'", Assert.Single(Policies(page)));
        foreach (var file in files.Where(f => !EditorPage(f) && !f.StartsWith("/.", StringComparison.Ordinal)))
            Assert.True(Policies(file).SequenceEqual([SitePolicy]), $"{file}: {string.Join(" | ", Policies(file))}");
        // Folders as addressed ("/plan/") are covered as well as their index.html.
        foreach (var folder in files.Where(f => f.EndsWith("/index.html", StringComparison.Ordinal)).Select(f => f[..^"index.html".Length]))
            Assert.True(Policies(folder).SequenceEqual([SitePolicy]), folder);
    }

    [Fact]
    public void The_editors_page_is_noindex_and_in_neither_the_sitemap_nor_the_search_index()
    {
        using var site = TestSite.Valid();
        var result = site.Build(new SiteOptions(IncludeDrafts: true, BaseUrl: "https://maps.example.org/") { Clock = TestClock.Provider, Admin = true });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, AdminFiles.PageFile)));
        Assert.Equal("noindex, nofollow", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Null(page.QuerySelector("[data-pagefind-body]"));
        Assert.Equal("/admin-config.yml", page.QuerySelector("link[rel=cms-config-url]")!.GetAttribute("href"));
        Assert.Empty(page.QuerySelectorAll("script:not([src])")); // no inline script
        Assert.DoesNotContain("admin", File.ReadAllText(Path.Combine(site.Output, "sitemap.xml")));
    }

    [Fact]
    public void Without_the_option_a_build_writes_no_editor()
    {
        using var site = TestSite.Valid();
        var result = site.Build(new SiteOptions(BaseUrl: "https://maps.example.org/") { Clock = TestClock.Provider });
        Assert.True(result.Succeeded);
        Assert.False(File.Exists(Path.Combine(site.Output, AdminFiles.PageFile)));
        Assert.False(File.Exists(Path.Combine(site.Output, AdminFiles.ConfigFile)));
    }
}

/// <summary>The editor in the preview (serve --admin): the served configuration names the local backend; a built site's never does.</summary>
public sealed class PreviewAdminTests
{
    [Fact]
    public void The_preview_with_the_editor_serves_it_at_admin_with_the_local_backend()
    {
        using var site = TestSite.Valid();
        var preview = new StaticMap.Core.Preview.PreviewSite(site.ReadRoot, TestSite.ThemeFolder, "http://127.0.0.1:5080/", adminBackend: "http://127.0.0.1:8081/api/v1");
        var update = preview.Rebuild();
        Assert.True(preview.Site.TryGet(AdminFiles.ConfigFile, out var config), string.Join("\n", update.Result.Diagnostics));
        var text = System.Text.Encoding.UTF8.GetString(config);
        Assert.Contains("local_backend:\n  url: \"http://127.0.0.1:8081/api/v1\"", text);
        Assert.True(preview.Site.TryGet("admin/index.html", out var page));
        Assert.Contains("data-staticmap-no-reload", System.Text.Encoding.UTF8.GetString(page));
    }

    [Fact]
    public void A_site_in_English_and_Spanish_has_the_editor_in_both_languages()
    {
        var preview = new StaticMap.Core.Preview.PreviewSite(Repository.Root, null, "http://127.0.0.1:5080/", adminBackend: "http://127.0.0.1:8081/api/v1");
        var update = preview.Rebuild();
        Assert.True(preview.Site.TryGet("admin.es.html", out var page), string.Join("\n", update.Result.Diagnostics));
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(page));
        Assert.Equal("es", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Editar los planes | Mobility Action Plans", document.Title);
        Assert.Equal("/admin-config.es.yml", document.QuerySelector("link[rel=cms-config-url]")!.GetAttribute("href"));
        Assert.True(preview.Site.TryGet("admin-config.es.yml", out var config));
        var text = System.Text.Encoding.UTF8.GetString(config);
        Assert.Contains("locale: \"es\"", text);
        Assert.Contains("label: \"Actualizaciones de indicadores\"", text);
        Assert.True(preview.Site.TryGet("es/admin/index.html", out _));
    }

    [Fact]
    public void A_built_site_never_names_a_local_backend()
    {
        using var site = TestSite.Valid();
        var result = site.Build(new SiteOptions(BaseUrl: "https://maps.example.org/") { Clock = TestClock.Provider, Admin = true });
        Assert.True(result.Succeeded);
        var config = File.ReadAllText(Path.Combine(site.Output, AdminFiles.ConfigFile));
        Assert.DoesNotContain("local_backend", config);
        Assert.Contains("publish_mode: \"editorial_workflow\"", config);
        Assert.False(File.Exists(Path.Combine(site.Output, "admin", "index.html")));
    }
}

/// <summary>serve --admin without what it needs says what to install, and starts nothing.</summary>
[Trait("Category", "Slow")]
public sealed class ServeAdminTests
{
    [Fact]
    public void Serve_with_the_editor_but_without_Node_is_a_usage_error_that_says_what_to_install()
    {
        using var site = TestSite.Valid();
        var (code, output, error) = StaticMapProcess.Run(new Dictionary<string, string?> { ["PATH"] = "/nonexistent-staticmap-test" },
            "serve", "--admin", "--root", site.Root, "--port", "5999");
        Assert.Equal(2, code);
        Assert.Contains("--admin needs Node.js and npm (https://nodejs.org/) to run decap-server, the editor's local backend", output + error);
        Assert.DoesNotContain("Previewing at", output);
    }
}
