using System.Diagnostics;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Metrics;
using StaticMap.Core.Model;
using StaticMap.Core.Parsing;
using StaticMap.Core.Reading;
using StaticMap.Core.Rendering;
using StaticMap.Core.Rendering.Templates;
using StaticMap.Core.Validation;
using StaticMap.Core.Validation.Rules;
using StaticMap.Core.Writing;

namespace StaticMap.Core;

/// <param name="Root">The repository: plans/, input/, theme/.</param>
/// <param name="ThemeFolder">The theme to use; null for the repository's theme/, or StaticMap's own when it has none.</param>
/// <param name="Search">Build the Pagefind search index when Pagefind is installed.</param>
public sealed record BuildRequest(string Root, string Output, SiteOptions Site, string? ThemeFolder = null, bool Search = true);

public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int Plans, int Pages, TimeSpan Elapsed)
{
    /// <summary>What the build wants the user to know that is not a problem in the plans, e.g. whether search was indexed.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public int Errors => Diagnostics.Count(d => d.IsError);
    public int Warnings => Diagnostics.Count - Errors;
    public bool Succeeded => Errors == 0;
}

/// <summary>
/// The build, step by step: read the repository, parse the plans, load the Mobility Metrics, validate,
/// and only when nothing is wrong render the site into a temporary folder that replaces the output folder.
/// </summary>
public static class SiteBuilder
{
    /// <summary>Everything up to and including validation; writes nothing.</summary>
    public static (ValidatedSite? Site, BuildResult Result) Check(string root, SiteOptions options)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var site = Guarded(root, diagnostics, () => Validate(root, options, diagnostics));
        return (site, Result(diagnostics, site, 0, clock));
    }

    public static BuildResult Build(BuildRequest request)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var pages = 0;
        var notes = new List<string>();
        var site = Guarded(request.Root, diagnostics, () =>
        {
            var validated = Validate(request.Root, request.Site, diagnostics);
            if (diagnostics.HasErrors) return validated;
            pages = Write(validated, request, diagnostics, notes);
            return validated;
        });
        return Result(diagnostics, site, pages, clock) with { Notes = notes };
    }

    public static ValidatedSite Validate(string root, SiteOptions options, DiagnosticBag diagnostics)
    {
        var layout = RepositoryScanner.Scan(root, diagnostics);
        var site = SiteParser.Parse(layout, diagnostics);
        var metrics = LoadMetrics(layout, site, diagnostics);
        var links = new LinkResolver(site, layout.Plans.SelectMany(p => p.ComponentFiles.Concat(p.ProgressFiles).Select(f => (p.Id, f))));
        var filesWithErrors = diagnostics.ToSortedList().Where(d => d.IsError).Select(d => d.Span.Path).ToHashSet(StringComparer.Ordinal);
        Validator.Validate(new ValidationContext(site, links, metrics, filesWithErrors), diagnostics);
        return new ValidatedSite(layout, site, metrics, links, options);
    }

    /// <summary>Renders into a temporary folder and swaps it in only if every step succeeded.</summary>
    private static int Write(ValidatedSite validated, BuildRequest request, DiagnosticBag diagnostics, List<string> notes)
    {
        var theme = LoadTheme(validated.Layout.Root, request.ThemeFolder, diagnostics);
        if (theme is null) return 0;
        using var output = OutputFolder.Create(request.Output);
        var context = validated.RenderContext();
        StaticFiles.Copy(validated.Layout, theme.StaticFolder, context.PublishedPlans, output);
        VendorLibraries.FromEnvironment().Restore(theme.Folder, theme.DisplayFolder, output, diagnostics);
        var written = SiteRenderer.Write(context, theme, output, diagnostics);
        if (diagnostics.HasErrors) return 0;
        if (request.Search) notes.Add(SearchIndex.Build(output.TempPath, theme.Folder));
        output.Commit();
        return written;
    }

    public static Theme? LoadTheme(string root, string? themeFolder, DiagnosticBag diagnostics)
    {
        var repositoryTheme = Path.Combine(root, "theme");
        var folder = themeFolder is not null ? Path.GetFullPath(themeFolder)
            : Directory.Exists(Path.Combine(repositoryTheme, "layouts")) ? repositoryTheme
            : Path.Combine(AppContext.BaseDirectory, "theme");
        var display = folder.StartsWith(Path.GetFullPath(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? Path.GetRelativePath(root, folder).Replace(Path.DirectorySeparatorChar, '/')
            : folder;
        return Theme.Load(folder, display, diagnostics);
    }

    private static MetricsContext LoadMetrics(RepositoryLayout layout, SiteInput site, DiagnosticBag diagnostics)
    {
        var geoids = site.Plans
            .SelectMany(p => p.Metadata.Peers.Select(x => x.Value).Append(p.Metadata.Jurisdiction.Fips))
            .Where(g => g.Length > 0)
            .ToHashSet(StringComparer.Ordinal);
        var catalog = MetricCatalog.Embedded;
        return new MetricsContext(catalog, MobilityData.Load(layout, catalog, geoids, diagnostics),
            LocalData.Load(layout, site.Plans, diagnostics));
    }

    /// <summary>Bad input never shows a stack trace: anything unexpected becomes one diagnostic, and nothing is written.</summary>
    private static ValidatedSite? Guarded(string root, DiagnosticBag diagnostics, Func<ValidatedSite> build)
    {
        try
        {
            return build();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            diagnostics.Add(InternalError.Instance.Create(".", ex));
            if (Environment.GetEnvironmentVariable("STATICMAP_DEBUG") == "1") Console.Error.WriteLine(ex);
            return null;
        }
    }

    private static BuildResult Result(DiagnosticBag diagnostics, ValidatedSite? site, int pages, Stopwatch clock) =>
        new(diagnostics.ToSortedList(), site?.Site.Plans.Length ?? 0, pages, clock.Elapsed);
}

/// <summary>A site that has been read, parsed and validated: what the render stage starts from.</summary>
public sealed record ValidatedSite(RepositoryLayout Layout, SiteInput Site, MetricsContext Metrics, LinkResolver Links, SiteOptions Options)
{
    public RenderContext RenderContext(IReadOnlySet<string>? scope = null, bool siteWide = true) => new(Site, Options, Metrics, Links, scope, siteWide);
}
