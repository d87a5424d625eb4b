using System.Diagnostics;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Pipeline;
using StaticMap.Core.Rendering;
using StaticMap.Core.Rendering.Templates;
using StaticMap.Core.Writing;
using StaticMap.Core.Diagnostics.Codes;

namespace StaticMap.Core.Preview;

/// <summary>The outcome of a preview rebuild: its diagnostics, and whether the served site changed.</summary>
/// <param name="Scope">What was rebuilt: "everything", or the plan ids that changed.</param>
public sealed record PreviewUpdate(BuildResult Result, bool SiteChanged, string Scope)
{
    /// <summary>Whether the rebuild failed with an exception: the site served is older than the files, and the next rebuild
    /// reads everything again (serve asks for it without waiting for another change).</summary>
    public bool Failed { get; init; }
}

/// <summary>
/// The site as the preview server holds it: in memory, drafts included, rebuilt after each change as little as it
/// can. A change inside one plan re-reads, re-checks and re-renders that plan (and the pages listing every plan);
/// a change to input/ or theme/ rebuilds everything. While there are errors, the last good site stays served.
/// </summary>
public sealed class PreviewSite
{
    private readonly string _root;
    private readonly BuildPipeline _pipeline;
    private readonly MemoryTarget _target = new();
    private readonly object _gate = new();
    // Set when a rebuild threw: the next one starts again from the files.
    private bool _rebuildEverything;

    /// <param name="adminBackend">With the browser editor (serve --admin): the local decap-server's address it saves through.</param>
    /// <param name="registry">What the build is made of (<c>StaticMapBuilder</c>); null for StaticMap's own.</param>
    /// <param name="clock">Today for overdue reports when no <paramref name="calendar"/> is given; null for the system's.</param>
    /// <param name="observer">Watches every rebuild's stages (the stage profiler's --serve).</param>
    public PreviewSite(string root, string? themeFolder = null, string? baseUrl = null, Progress.ReportingCalendar? calendar = null,
        string? adminBackend = null, StaticMapRegistry? registry = null, TimeProvider? clock = null, IStageObserver? observer = null)
    {
        _root = Path.GetFullPath(root);
        _pipeline = new BuildPipeline(_root, new SiteOptions(IncludeDrafts: true, BaseUrl: baseUrl, NoIndex: true, Calendar: calendar)
            { Admin = adminBackend is not null, AdminLocalBackend = adminBackend, Registry = registry, Clock = clock ?? TimeProvider.System }, themeFolder, observer ?? StartupTimings.FromEnvironment());
    }

    /// <summary>The site being served: the last build without errors.</summary>
    public MemorySite Site => _target.Site;

    /// <summary>Increases with every rebuild that changed the served site.</summary>
    public long Version { get; private set; }

    /// <summary>The diagnostics of the latest rebuild (errors mean the served site is older than the files).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; private set; } = [];

    /// <summary>Rebuilds after the given repository-relative paths changed; null rebuilds everything.</summary>
    public PreviewUpdate Rebuild(IReadOnlyCollection<string>? changed = null)
    {
        lock (_gate)
        {
            var clock = Stopwatch.StartNew();
            try
            {
                RebuildStarting?.Invoke(changed);
                var update = RebuildLocked(_rebuildEverything ? null : changed, clock);
                _rebuildEverything = false;
                return update;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A rebuild that failed half-way may have left the parsed plans out of step with the files: keep serving
                // the last good site, show the error over it, and read everything again on the next change.
                _rebuildEverything = true;
                Diagnostics = [ex is IOException or UnauthorizedAccessException
                    ? UnreadableFile.Instance.Create(PathOf(ex) ?? ".", ex.Message)
                    : InternalError.Instance.Create(".", ex)];
                return new PreviewUpdate(new BuildResult(Diagnostics, _pipeline.PlanCount, 0, clock.Elapsed), false, "nothing") { Failed = true };
            }
        }
    }

    /// <summary>Called at the start of every rebuild, inside its error handling: a seam for tests to make one fail.</summary>
    internal Action<IReadOnlyCollection<string>?>? RebuildStarting { get; set; }

    /// <summary>The repository-relative path an I/O error names, when it names one inside the repository.</summary>
    private string? PathOf(Exception ex)
    {
        var named = ex switch
        {
            FileNotFoundException f => f.FileName,
            _ => null,
        };
        if (named is null || !Path.IsPathFullyQualified(named)) return null;
        var relative = Path.GetRelativePath(_root, named);
        return relative.StartsWith("..", StringComparison.Ordinal) ? null : relative.Replace(Path.DirectorySeparatorChar, '/');
    }

    private PreviewUpdate RebuildLocked(IReadOnlyCollection<string>? changed, Stopwatch clock)
    {
        var run = _pipeline.Run(changed is null ? Changes.Everything : Changes.Of(changed), _target);
        Diagnostics = run.Diagnostics;
        if (!run.Written) return new PreviewUpdate(new BuildResult(Diagnostics, run.Plans, 0, clock.Elapsed), false, "nothing");
        Version++;
        return new PreviewUpdate(new BuildResult(Diagnostics, run.Plans, run.Pages, clock.Elapsed), true, run.Scope);
    }

    /// <summary>The preview's target: a copy of the served site in memory, served once the run commits.</summary>
    private sealed class MemoryTarget : ISiteTarget
    {
        public MemorySite Site { get; private set; } = new();

        public string Display => "the preview";

        public ISiteOutput Open(IReadOnlySet<string>? replacing)
        {
            if (replacing is null) return new MemorySite();
            var output = new MemorySite(Site);
            foreach (var id in replacing) output.RemoveFolder(id);
            return output;
        }

        public void Commit(ISiteOutput output, Theme theme) => Site = (MemorySite)output;
    }
}
