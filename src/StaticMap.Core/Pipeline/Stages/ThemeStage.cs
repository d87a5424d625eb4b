using StaticMap.Core.Diagnostics;
using StaticMap.Core.Localization;
using StaticMap.Core.Reading;
using StaticMap.Core.Rendering.Templates;

namespace StaticMap.Core.Pipeline.Stages;

/// <summary>
/// Theme: the templates and the interface text (strings files), loaded before validation so the rules that read the
/// strings (MAP085) see the same catalogue the pages are written with, and a check without a target reports every theme
/// and strings-file problem a build does. Cache: the theme and its strings, loaded again when theme/ changed; the strings
/// files are read once for both.
/// </summary>
/// <remarks>
/// The theme depends on nothing the plans say, so with two or more cores it is loaded on a thread of its own from the moment
/// the run starts (<see cref="Invalidate"/>, before the read stage), beside the read, parse and metrics stages, and this stage
/// only waits for it: on the sample repository that takes the theme's ~25 ms off a check's critical path
/// (docs/performance.md, "Start-up", startup3). The load is the same code with its own diagnostics, so what is reported is
/// the same; an exception it throws is thrown here, as before.
/// </remarks>
internal sealed class ThemeStage(string root, string? themeFolder, IReadOnlyDictionary<string, Delegate> functions) : PipelineStage<LinksOutput, ThemeOutput>
{
    private Task<(Theme? Theme, ThemeStrings Strings, IReadOnlyList<Diagnostic> Diagnostics)>? _loaded;

    public override string Name => StageNames.Theme;

    public override void Invalidate(Change change)
    {
        if (change.Everything || change.Theme)
            _loaded = Environment.ProcessorCount > 1
                ? Task.Factory.StartNew(() => Load(root, themeFolder, functions), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)
                : null;
    }

    public override ThemeOutput Run(LinksOutput input, RunContext run)
    {
        _loaded ??= Task.FromResult(Load(root, themeFolder, functions));
        // GetResult, not Result: an exception of the load is thrown as itself, not wrapped, as when it ran on this thread.
        var (theme, strings, diagnostics) = _loaded.GetAwaiter().GetResult();
        return new ThemeOutput(input, theme, strings, diagnostics);
    }

    private static (Theme?, ThemeStrings, IReadOnlyList<Diagnostic>) Load(string root, string? themeFolder, IReadOnlyDictionary<string, Delegate> functions)
    {
        var bag = new DiagnosticBag();
        var (folder, display, files) = Location(root, themeFolder, bag);
        var stringsBag = new DiagnosticBag();
        var catalog = Theme.LoadStrings(folder, display, files, stringsBag, out var paths);
        var theme = Theme.Load(folder, display, files, bag, (catalog, stringsBag.ToSortedList()), functions);
        return (theme, new ThemeStrings(catalog, paths, display), bag.ToSortedList());
    }

    /// <summary>
    /// The theme: <paramref name="themeFolder"/> (--theme) when given, else the repository's theme/ when it has layouts/,
    /// else StaticMap's default theme next to the binary. A theme inside the repository is read with the repository as its
    /// root (a link from theme/ to input/ is fine, one out of the repository is MAP066); the default theme and a --theme
    /// folder outside the repository are their own root: nothing outside the theme folder is read for them.
    /// </summary>
    /// <param name="functions">The template functions of the build's registry.</param>
    public static Theme? LoadTheme(string root, string? themeFolder, DiagnosticBag diagnostics, IReadOnlyDictionary<string, Delegate>? functions = null)
    {
        var (folder, display, files) = Location(root, themeFolder, diagnostics);
        return Theme.Load(folder, display, files, diagnostics, functions: functions);
    }

    /// <summary>The theme folder <see cref="LoadTheme"/> reads, as shown, and how its files are read.</summary>
    private static (string Folder, string Display, RepositoryFiles Files) Location(string root, string? themeFolder, DiagnosticBag diagnostics)
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
        return (folder, display, files);
    }

    private static bool IsLink(string path) => FileKinds.Of(path) == FileKind.Link;
}
