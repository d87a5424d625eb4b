using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using StaticMap.Core;
using StaticMap.Core.Rendering;

namespace StaticMap.Tests.Support;

/// <summary>The valid fixture site built once per test class, with its pages parsed by AngleSharp.</summary>
public sealed class BuiltSite : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public BuiltSite() : this(new SiteOptions(BaseUrl: "https://maps.example.org/") { Clock = TestClock.Provider })
    {
    }

    internal BuiltSite(SiteOptions options, Func<IDisposable>? seam = null)
    {
        Site = TestSite.Valid();
        using (seam?.Invoke()) Result = Site.Build(options);
        if (!Result.Succeeded) throw new InvalidOperationException(string.Join("\n", Result.Diagnostics));
    }

    public TestSite Site { get; }
    public BuildResult Result { get; }
    public string Output => Site.Output;

    /// <summary>Every HTML page, as site URL → document.</summary>
    public IReadOnlyDictionary<string, IHtmlDocument> Pages => _pages ??= Directory
        .EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
        .ToDictionary(UrlOf, f => Parser.ParseDocument(System.IO.File.ReadAllText(f)));

    private IReadOnlyDictionary<string, IHtmlDocument>? _pages;

    public IHtmlDocument Page(string url) => Pages.TryGetValue(url, out var page)
        ? page
        : throw new KeyNotFoundException($"no page {url}; pages: {string.Join(", ", Pages.Keys.Order())}");

    public string File(string relative) => System.IO.File.ReadAllText(Path.Combine(Output, relative));

    private string UrlOf(string file)
    {
        var relative = "/" + Path.GetRelativePath(Output, file).Replace(Path.DirectorySeparatorChar, '/');
        return relative.EndsWith("/index.html", StringComparison.Ordinal) ? relative[..^"index.html".Length] : relative;
    }

    public void Dispose() => Site.Dispose();
}
