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

    // What an embed page gets instead: the same policy, but any page may frame it.
    private const string EmbedPolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: https:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors *; upgrade-insecure-requests";

    private sealed record Rule(string For, Dictionary<string, string> Values);

    /// <summary>netlify.toml's [[headers]] rules, read once.</summary>
    private static readonly Lazy<List<Rule>> TomlRules = new(ReadToml);

    /// <summary>The rules of netlify.toml and of a built site's _headers file, read once by each test: a test asks for the
    /// headers of every address of its site, and reading both files again for each was most of its time.</summary>
    private static List<Rule> Rules(string headersFile) => [.. TomlRules.Value, .. HeadersFileRules(File.ReadLines(headersFile))];

    private static List<Rule> ReadToml()
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

    /// <summary>The _headers file a build writes: a path at the start of a line, then its headers indented, "Name: value".</summary>
    private static List<Rule> HeadersFileRules(IEnumerable<string> lines)
    {
        var rules = new List<Rule>();
        Rule? current = null;
        foreach (var line in lines.Where(l => l.Length > 0 && !l.StartsWith('#')))
            if (!char.IsWhiteSpace(line[0])) rules.Add(current = new Rule(line.Trim(), []));
            else { var colon = line.IndexOf(':'); current!.Values[line[..colon].Trim()] = line[(colon + 1)..].Trim(); }
        return rules;
    }

    /// <summary>Each rule's pattern as a regular expression, made once (the tests match hundreds of addresses against each).</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    /// <summary>A rule's path pattern as Netlify reads it (netlify-cli's headers matcher, which says production uses the same
    /// regular expressions): ':name' is one segment, a final '*' any number of segments or none, a '*' inside a segment any text
    /// (slashes too); a trailing slash is optional after every segment; letters match in either case.</summary>
    private static bool Matches(string pattern, string path)
    {
        var parts = pattern.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) return path == "/";
        return Patterns.GetOrAdd(pattern, _ => new Regex(Expression(parts), RegexOptions.IgnoreCase)).IsMatch(path);
    }

    private static string Expression(string[] parts)
    {
        var regex = "^";
        foreach (var part in parts)
            if (part.StartsWith(':')) regex += "/([^/]+)/?";
            else if (part == "*") regex = regex == "^" ? regex + "/?(.*)/?" : regex.TrimEnd('?').TrimEnd('/') + "(?:|/|/(.*)/?)";
            else if (part.Contains('*')) regex += "/" + part.Replace("*", "(.*)");
            else regex += "/" + Regex.Escape(part) + "/?";
        return regex + "$";
    }

    /// <summary>The headers Netlify sends at <paramref name="path"/> under <paramref name="rules"/>: every matching rule's, each value once (a header given
    /// the same value by two rules is sent as once; two different values are two headers, both listed).</summary>
    private static Dictionary<string, List<string>> Headers(string path, List<Rule> rules)
    {
        var headers = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in rules.Where(r => Matches(r.For, path)))
            foreach (var (name, value) in rule.Values)
                if (!headers.TryGetValue(name, out var values)) headers[name] = [value];
                else if (!values.Contains(value)) values.Add(value);
        return headers;
    }

    /// <summary>The policies that bind at <paramref name="path"/>.</summary>
    private static List<string> Policies(string path, List<Rule> rules) =>
        Headers(path, rules).GetValueOrDefault("Content-Security-Policy") ?? [];

    /// <summary>netlify.toml's rules and those of the _headers file of the repository's sample site as a build writes it (its plans and pages): each top-level
    /// folder, and one segment below it, but under a plan that has an embed page only its index.html.</summary>
    private static List<Rule> SampleHeaders()
    {
        string Rule(string path) => path + "\n  Content-Security-Policy: " + SitePolicy + "\n  X-Frame-Options: DENY\n";
        return [.. TomlRules.Value, .. HeadersFileRules((Rule("/ramsey-county") + Rule("/ramsey-county/index.html") +
            Rule("/alameda-county") + Rule("/alameda-county/index.html") +
            Rule("/es") + Rule("/es/:name") + Rule("/es/:name/index.html") +
            Rule("/about") + Rule("/about/:name") + Rule("/about/:name/index.html") +
            Rule("/search") + Rule("/search/:name") + Rule("/search/:name/index.html")).Split('\n'))];
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/index.html")]
    [InlineData("/404.html")]
    [InlineData("/ramsey-county/")]
    [InlineData("/ramsey-county/index.html")]
    [InlineData("/about/index.html")]
    [InlineData("/es/about/")]
    [InlineData("/es/index.html")]
    [InlineData("/es/alameda-county/index.html")]
    [InlineData("/ramsey-county/progress/2025/")]
    [InlineData("/ramsey-county/progress/2025/index.html")]
    [InlineData("/es/alameda-county/")]
    [InlineData("/search/")]
    [InlineData("/es/alameda-county/findings/")]
    [InlineData("/es/alameda-county/at-a-glance/")]
    [InlineData("/ramsey-county/at-a-glance/index.html")]
    [InlineData("/card.png")]
    [InlineData("/es/card.png")]
    [InlineData("/static/js/charts.js")]
    [InlineData("/pagefind/pagefind.js")]
    [InlineData("/sitemap.xml")]
    [InlineData("/feed.xml")]
    [InlineData("/robots.txt")]
    [InlineData("/admin-config.yml")]
    [InlineData("/static/vendor/decap-cms/decap-cms.js")]
    public void Every_address_of_the_site_keeps_exactly_the_sites_policy(string path)
    {
        Assert.Equal([SitePolicy], Policies(path, SampleHeaders()));
        Assert.Equal(["DENY"], Headers(path, SampleHeaders())["X-Frame-Options"]);
    }

    [Theory]
    [InlineData("/ramsey-county/embed/")]
    [InlineData("/ramsey-county/embed")]
    [InlineData("/ramsey-county/embed/index.html")]
    [InlineData("/es/alameda-county/embed/")]
    [InlineData("/es/alameda-county/embed/index.html")]
    public void An_embed_page_may_be_framed_by_any_site(string path)
    {
        Assert.Equal([EmbedPolicy], Policies(path, SampleHeaders()));
        Assert.False(Headers(path, SampleHeaders()).ContainsKey("X-Frame-Options"));
    }

    [Theory]
    [InlineData("/admin.html")]
    [InlineData("/admin")]
    [InlineData("/admin.es.html")]
    public void The_editor_gets_only_its_own_policy(string path)
    {
        var policy = Assert.Single(Policies(path, SampleHeaders()));
        Assert.Contains("script-src 'self' 'unsafe-eval'", policy);
        Assert.Contains("style-src 'self' 'unsafe-inline'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Contains("object-src 'none'", policy);
    }

    private static bool EmbedPage(string path) => Regex.IsMatch(path, "^(/[a-z]{2})?/[^/]+/embed/(index\\.html)?$");

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // in English and Spanish: /es/test-county/embed/ may be framed, /es/test-county/ and /es/about/ not
    public void Every_file_a_build_with_the_editor_writes_but_the_editors_page_has_the_sites_policy(bool spanish)
    {
        using var site = spanish ? StaticMap.Tests.Translations.SpanishFixture.Create() : TestSite.Valid();
        var result = site.Build(new SiteOptions(IncludeDrafts: true, BaseUrl: "https://maps.example.org/") { Clock = TestClock.Provider, Admin = true });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var rules = Rules(Path.Combine(site.Output, "_headers"));
        var files = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(site.Output, f).Replace(Path.DirectorySeparatorChar, '/')).ToList();
        Assert.Contains("/" + AdminFiles.PageFile, files);
        Assert.Contains(files, EmbedPage);
        if (spanish) Assert.Contains("/es/test-county/embed/index.html", files);
        // The output folder's marker (.staticmap-output) is no page of the site, nor are _headers and _redirects, which Netlify reads.
        bool EditorPage(string f) => Regex.IsMatch(f, @"^/admin(\.[a-z-]+)?\.html$");
        foreach (var page in files.Where(EditorPage))
        {
            Assert.Contains("'unsafe-eval'", Assert.Single(Policies(page, rules)));
            Assert.Equal(["DENY"], Headers(page, rules)["X-Frame-Options"]);
        }
        // Folders as addressed ("/plan/") as well as their index.html.
        var addresses = files.Where(f => !EditorPage(f) && !f.StartsWith("/.", StringComparison.Ordinal) && f != "/_headers" && f != "/_redirects")
            .Concat(files.Where(f => f.EndsWith("/index.html", StringComparison.Ordinal)).Select(f => f[..^"index.html".Length])).ToList();
        foreach (var address in addresses)
        {
            var headers = Headers(address, rules);
            if (EmbedPage(address))
            {
                Assert.True(Policies(address, rules).SequenceEqual([EmbedPolicy]), $"{address}: {string.Join(" | ", Policies(address, rules))}");
                Assert.False(headers.ContainsKey("X-Frame-Options"), address);
            }
            else
            {
                Assert.True(Policies(address, rules).SequenceEqual([SitePolicy]), $"{address}: {string.Join(" | ", Policies(address, rules))}");
                Assert.Equal(["DENY"], headers.GetValueOrDefault("X-Frame-Options"));
            }
        }
    }

    /// <summary>The headers Netlify sends, computed from netlify.toml and the _headers file a build writes, for the pages a
    /// partner frames and the pages nobody may frame.</summary>
    [Fact]
    public void Only_the_embed_pages_may_be_framed_and_by_any_site()
    {
        using var site = TestSite.Valid();
        var result = site.Build(new SiteOptions(IncludeDrafts: true, BaseUrl: "https://maps.example.org/") { Clock = TestClock.Provider, Admin = true });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var rules = Rules(Path.Combine(site.Output, "_headers"));
        Assert.True(File.Exists(Path.Combine(site.Output, "test-county", "embed", "index.html")));
        const string embed = "/test-county/embed/";

        var embedHeaders = Headers(embed, rules);
        Assert.Equal([EmbedPolicy], embedHeaders["Content-Security-Policy"]);
        Assert.False(embedHeaders.ContainsKey("X-Frame-Options"));
        Assert.Equal(["nosniff"], embedHeaders["X-Content-Type-Options"]);

        foreach (var page in new[] { "/test-county/", "/test-county/index.html", "/test-county/findings/", "/test-county/findings/index.html", "/", "/search/" })
        {
            var headers = Headers(page, rules);
            Assert.Equal([SitePolicy], headers["Content-Security-Policy"]);
            Assert.Equal(["DENY"], headers["X-Frame-Options"]);
            Assert.Equal(["nosniff"], headers["X-Content-Type-Options"]);
        }

        var admin = Headers("/admin.html", rules);
        var policy = Assert.Single(admin["Content-Security-Policy"]);
        Assert.Contains("script-src 'self' 'unsafe-eval'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Equal(["DENY"], admin["X-Frame-Options"]);
    }

    [Fact]
    public void The_built_headers_file_has_netlify_tomls_policy_word_for_word() =>
        Assert.Contains(StaticMap.Core.Rendering.Files.NetlifyHeadersFile.SitePolicy, File.ReadAllText(Path.Combine(Repository.Root, "netlify.toml")));

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
