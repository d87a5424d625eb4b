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
            // The output guard first: a refused folder is reported before any work, for every caller (the CLI reports it too).
            var target = OutputGuard.Check(request.Output, request.Root, out var refusal, request.ThemeFolder);
            if (target is null)
            {
                diagnostics.Add(OutputRefused.Instance.Create(DisplayOutput(request), refusal!));
                return null;
            }
            var validated = Validate(request.Root, request.Site, diagnostics);
            if (diagnostics.HasErrors) return validated;
            pages = Write(validated, request, target, diagnostics, notes);
            return validated;
        });
        return Result(diagnostics, site, pages, clock) with { Notes = notes };
    }

    public static ValidatedSite Validate(string root, SiteOptions options, DiagnosticBag diagnostics)
    {
        var layout = RepositoryScanner.Scan(root, diagnostics);
        var site = SiteParser.Parse(layout, diagnostics);
        var metrics = LoadMetrics(layout, site, diagnostics);
        site = Progress.DataValues.Fill(site, metrics);
        var links = new LinkResolver(site, layout.Plans.SelectMany(p => p.ComponentFiles.Concat(p.ProgressFiles).Select(f => (p.Id, f))));
        var filesWithErrors = diagnostics.ToSortedList().Where(d => d.IsError).Select(d => d.Span.Path).ToHashSet(StringComparer.Ordinal);
        Validator.Validate(new ValidationContext(site, links, metrics, filesWithErrors) { Calendar = options.Reporting }, diagnostics);
        return new ValidatedSite(layout, site, metrics, links, options);
    }

    /// <summary>Renders into a temporary folder and swaps it in only if every step succeeded.</summary>
    private static int Write(ValidatedSite validated, BuildRequest request, OutputTarget target, DiagnosticBag diagnostics, List<string> notes)
    {
        var theme = LoadTheme(validated.Layout.Root, request.ThemeFolder, diagnostics);
        if (theme is null) return 0;
        try
        {
            using var output = OutputFolder.Create(target);
            var context = validated.RenderContext();
            StaticFiles.Copy(validated.Layout, theme, context.PublishedPlans, output, diagnostics);
            if (diagnostics.HasErrors) return 0;
            VendorLibraries.FromEnvironment().Restore(theme, output, diagnostics);
            var written = SiteRenderer.Write(context, theme, output, diagnostics);
            if (diagnostics.HasErrors) return 0;
            if (request.Search) notes.Add(SearchIndex.Build(output.TempPath, theme.Folder));
            output.Commit();
            if (target.FollowedLink)
                notes.Add($"output: {DisplayOutput(request)} is a symbolic link; it was followed and the site written into {target.RealPath} (the link is kept)");
            return written;
        }
        catch (Exception ex) when (OutputFailure(ex) is { } failure)
        {
            // The disk, not StaticMap: say what the system said, where. The temporary folder is gone, the previous site intact.
            diagnostics.Add(OutputNotWritable.Instance.Create(DisplayOutput(request), failure.Path, SystemErrors.Reason(failure.InnerException!)));
            return 0;
        }
    }

    /// <summary>The output as diagnostics show it: repository-relative when it is inside the repository.</summary>
    private static string DisplayOutput(BuildRequest request)
    {
        var root = Path.GetFullPath(request.Root).TrimEnd(Path.DirectorySeparatorChar);
        var output = Path.GetFullPath(request.Output).TrimEnd(Path.DirectorySeparatorChar);
        return output.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? Path.GetRelativePath(root, output).Replace(Path.DirectorySeparatorChar, '/')
            : output;
    }

    /// <summary>The write to the output that failed, also when it failed on one of the threads rendering in parallel.</summary>
    private static OutputWriteException? OutputFailure(Exception ex) => ex switch
    {
        OutputWriteException write => write,
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.Select(OutputFailure).FirstOrDefault(f => f is not null),
        _ when ex.InnerException is not null => OutputFailure(ex.InnerException),
        _ => null,
    };

    /// <summary>
    /// The theme: <paramref name="themeFolder"/> (--theme) when given, else the repository's theme/ when it has layouts/,
    /// else StaticMap's default theme next to the binary. A theme inside the repository is read with the repository as its
    /// root (a link from theme/ to input/ is fine, one out of the repository is MAP066); the default theme and a --theme
    /// folder outside the repository are their own root: nothing outside the theme folder is read for them.
    /// </summary>
    public static Theme? LoadTheme(string root, string? themeFolder, DiagnosticBag diagnostics)
    {
        root = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
        var repository = new RepositoryFiles(root, diagnostics);
        var repositoryTheme = Path.Combine(root, "theme");
        var folder = themeFolder is not null ? Path.GetFullPath(themeFolder).TrimEnd(Path.DirectorySeparatorChar)
            : repository.IsFolder(Path.Combine(repositoryTheme, "layouts")) || IsLink(repositoryTheme) || IsLink(Path.Combine(repositoryTheme, "layouts"))
                ? repositoryTheme // a linked theme/ is the repository's theme, refused with MAP066 when it leads outside, not silently replaced
            : Path.Combine(AppContext.BaseDirectory, "theme");
        var inside = folder.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        var display = inside ? Path.GetRelativePath(root, folder).Replace(Path.DirectorySeparatorChar, '/') : folder;
        var files = inside ? repository : new RepositoryFiles(folder, diagnostics, displayPrefix: folder, rootName: "the theme folder");
        return Theme.Load(folder, display, files, diagnostics);
    }

    private static bool IsLink(string path) => FileKinds.Of(path) == FileKind.Link;

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
    private static ValidatedSite? Guarded(string root, DiagnosticBag diagnostics, Func<ValidatedSite?> build)
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
