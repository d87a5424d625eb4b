using System.Collections.Immutable;
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

namespace StaticMap.Core.Preview;

/// <summary>The outcome of a preview rebuild: its diagnostics, and whether the served site changed.</summary>
/// <param name="Scope">What was rebuilt: "everything", or the plan ids that changed.</param>
public sealed record PreviewUpdate(BuildResult Result, bool SiteChanged, string Scope);

/// <summary>
/// The site as the preview server holds it: in memory, drafts included, rebuilt after each change as little as it
/// can. A change inside one plan re-reads, re-checks and re-renders that plan (and the pages listing every plan);
/// a change to input/ or theme/ rebuilds everything. While there are errors, the last good site stays served.
/// </summary>
public sealed class PreviewSite
{
    private readonly string _root;
    private readonly string? _themeFolder;
    private readonly SiteOptions _options;
    private readonly Dictionary<string, ParsedPlan> _plans = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    private RepositoryLayout? _layout;
    private IReadOnlyList<ContentPage> _pages = [];
    private IReadOnlyList<Diagnostic> _inputDiagnostics = [];
    private (MobilityData Data, IReadOnlySet<string> Geoids, IReadOnlyList<Diagnostic> Diagnostics)? _data;
    private Theme? _theme;
    private IReadOnlyList<Diagnostic> _themeDiagnostics = [];
    private MemorySite _site = new();
    private IReadOnlySet<string> _linkTargets = new HashSet<string>();
    // Set when a change the site-wide pages show has not reached the served site yet (its rebuild had errors).
    private bool _siteWideStale;
    // Set when a rebuild threw: the next one starts again from the files.
    private bool _rebuildEverything;

    public PreviewSite(string root, string? themeFolder = null, string? baseUrl = null, Progress.ReportingCalendar? calendar = null)
    {
        _root = Path.GetFullPath(root);
        _themeFolder = themeFolder;
        _options = new SiteOptions(IncludeDrafts: true, BaseUrl: baseUrl, NoIndex: true, Calendar: calendar);
    }

    /// <summary>The site being served: the last build without errors.</summary>
    public MemorySite Site => _site;

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
                return new PreviewUpdate(new BuildResult(Diagnostics, _plans.Count, 0, clock.Elapsed), false, "nothing");
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
        var change = Classify(changed);
        var scanDiagnostics = new DiagnosticBag();
        if (_layout is null || change.Everything || change.PlanSetChanged)
        {
            _layout = RepositoryScanner.Scan(_root, scanDiagnostics);
        }
        else if (change.Input)
        {
            _layout = RepositoryScanner.ScanInput(_layout, scanDiagnostics);
        }
        if (change.Everything || change.Input || _pages.Count == 0 && _layout.InputPages.Length > 0)
        {
            var bag = new DiagnosticBag();
            _pages = SiteParser.ParsePages(_layout, bag);
            _inputDiagnostics = bag.ToSortedList();
        }

        // Plans: re-read the changed ones (or all on a full rebuild), keep the others as parsed before.
        var changedPlans = new List<string>();
        var planFiles = new List<PlanFiles>();
        foreach (var files in _layout.Plans)
        {
            var current = files;
            var stale = change.Everything || change.PlanSetChanged || change.Plans.Contains(files.Id) || !_plans.ContainsKey(files.Id);
            if (stale && !(change.Everything || change.PlanSetChanged))
                current = RepositoryScanner.ScanPlan(_root, files.Folder, scanDiagnostics);
            planFiles.Add(current);
            if (stale) changedPlans.Add(files.Id);
        }
        _layout = _layout with { Plans = [.. planFiles] };
        foreach (var id in _plans.Keys.Where(id => planFiles.All(p => p.Id != id)).ToList()) _plans.Remove(id);
        Parallel.ForEach(planFiles.Where(p => changedPlans.Contains(p.Id)).ToList(), files =>
        {
            var bag = new DiagnosticBag();
            var plan = PlanParser.Parse(_layout, files, bag);
            lock (_plans) _plans[files.Id] = new ParsedPlan(plan, bag.ToSortedList(), []);
        });

        var site = new SiteInput(_layout.Root, planFiles.Select(f => _plans[f.Id].Plan).ToImmutableArray(), [.. _pages], _layout.InputAssets);
        var metrics = Metrics(site, change, changedPlans);
        site = Progress.DataValues.Fill(site, metrics);

        // Validation: the changed plans, or all when the set of pages and files that links can point at has changed.
        var links = new LinkResolver(site, _layout.Plans.SelectMany(p => p.ComponentFiles.Concat(p.ProgressFiles).Select(f => (p.Id, f))));
        var targets = LinkTargets(site);
        var sameTargets = targets.SetEquals(_linkTargets);
        var revalidate = sameTargets ? changedPlans : _plans.Keys.ToList();
        _linkTargets = targets;
        var earlier = _plans.Values.SelectMany(p => p.ParseDiagnostics).Concat(_inputDiagnostics).Concat(scanDiagnostics.ToSortedList())
            .Concat(_data?.Diagnostics ?? []).Where(d => d.IsError).Select(d => d.Span.Path).ToHashSet(StringComparer.Ordinal);
        var context = new ValidationContext(site, links, metrics, earlier) { Calendar = _options.Reporting };
        var siteRules = new DiagnosticBag();
        Validator.Validate(context, [], siteRules);
        Parallel.ForEach(revalidate, id =>
        {
            var bag = new DiagnosticBag();
            Validator.ValidatePlan(context, site.Plans.FirstOrDefault(p => p.Id == id) ?? _plans[id].Plan, bag);
            lock (_plans) _plans[id] = _plans[id] with { ValidationDiagnostics = bag.ToSortedList() };
        });

        var all = new DiagnosticBag();
        all.AddRange(scanDiagnostics.ToSortedList());
        all.AddRange(_inputDiagnostics);
        all.AddRange(_data?.Diagnostics ?? []);
        all.AddRange(siteRules.ToSortedList());
        foreach (var parsed in _plans.Values)
        {
            all.AddRange(parsed.ParseDiagnostics);
            all.AddRange(parsed.ValidationDiagnostics);
        }

        var theme = Theme(change, all);
        _siteWideStale |= change.PlanListing || !sameTargets;
        if (all.HasErrors || theme is null)
        {
            Diagnostics = all.ToSortedList();
            return new PreviewUpdate(new BuildResult(Diagnostics, site.Plans.Length, 0, clock.Elapsed), false, "nothing");
        }

        var full = change.Everything || change.Input || change.Theme || change.PlanSetChanged || Version == 0;
        var scope = full ? null : changedPlans.ToHashSet(StringComparer.Ordinal);
        // The home page, feed and sitemap show plan.yml and progress reports only; a component's text cannot change them.
        var siteWide = full || change.PlanListing || !sameTargets || _siteWideStale;
        var rendered = Render(new ValidatedSite(_layout, site, metrics, links, _options), theme, scope, siteWide, all, full);
        Diagnostics = all.ToSortedList();
        if (all.HasErrors) return new PreviewUpdate(new BuildResult(Diagnostics, site.Plans.Length, 0, clock.Elapsed), false, "nothing");
        _site = rendered.Site;
        if (siteWide) _siteWideStale = false;
        Version++;
        return new PreviewUpdate(new BuildResult(Diagnostics, site.Plans.Length, rendered.Pages, clock.Elapsed), true,
            full ? "everything" : string.Join(", ", changedPlans));
    }

    private (MemorySite Site, int Pages) Render(ValidatedSite validated, Theme theme, IReadOnlySet<string>? scope, bool siteWide,
        DiagnosticBag diagnostics, bool full)
    {
        var output = full ? new MemorySite() : new MemorySite(_site);
        var context = validated.RenderContext(scope, siteWide);
        if (full)
        {
            StaticFiles.Copy(validated.Layout, theme, context.PublishedPlans, output, diagnostics);
            VendorLibraries.FromEnvironment().Restore(theme, output, diagnostics);
        }
        else
        {
            foreach (var id in scope!) output.RemoveFolder(id);
            foreach (var plan in context.PlansInScope) StaticFiles.CopyPlanFiles(validated.Layout, plan, output, diagnostics);
        }
        var written = SiteRenderer.Write(context, theme, output, diagnostics);
        return (output, written);
    }

    private MetricsContext Metrics(SiteInput site, Change change, IReadOnlyList<string> changedPlans)
    {
        var geoids = site.Plans.SelectMany(p => p.Metadata.Peers.Select(x => x.Value).Append(p.Metadata.Jurisdiction.Fips))
            .Where(g => g.Length > 0).ToHashSet(StringComparer.Ordinal);
        if (_data is null || change.Everything || change.Data || !geoids.IsSubsetOf(_data.Value.Geoids))
        {
            var bag = new DiagnosticBag();
            var data = MobilityData.Load(_layout!, MetricCatalog.Embedded, geoids, bag);
            _data = (data, geoids, bag.ToSortedList());
        }
        foreach (var id in changedPlans)
        {
            var bag = new DiagnosticBag();
            var plan = _plans[id].Plan;
            _plans[id] = _plans[id] with { Local = LocalData.Load(_layout!, [plan], bag), ParseDiagnostics = [.. _plans[id].ParseDiagnostics, .. bag.ToSortedList()] };
        }
        var local = _plans.Values.SelectMany(p => p.Local).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        return new MetricsContext(MetricCatalog.Embedded, _data.Value.Data, local);
    }

    private Theme? Theme(Change change, DiagnosticBag diagnostics)
    {
        if (_theme is null || change.Everything || change.Theme)
        {
            var bag = new DiagnosticBag();
            _theme = SiteBuilder.LoadTheme(_root, _themeFolder, bag);
            _themeDiagnostics = bag.ToSortedList();
        }
        diagnostics.AddRange(_themeDiagnostics);
        return _theme;
    }

    /// <summary>Every file that links can point at; when this set changes, every plan's links are checked again.</summary>
    private IReadOnlySet<string> LinkTargets(SiteInput site) =>
        _layout!.Plans.SelectMany(p => p.ComponentFiles.Concat(p.ProgressFiles).Concat(p.AssetFiles).Concat(p.DataFiles))
            .Concat(site.Pages.Select(p => p.Path))
            .Concat(site.Plans.SelectMany(p => p.Components.Select(c => $"{p.Id}:{c.Kind}").Concat(p.Progress.Select(r => $"{p.Id}:{r.Year}"))))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>Sorts changed paths into what they affect.</summary>
    private Change Classify(IReadOnlyCollection<string>? changed)
    {
        if (changed is null || _layout is null) return new Change(true, false, false, false, false, new HashSet<string>(), true);
        var plans = new HashSet<string>(StringComparer.Ordinal);
        bool input = false, data = false, theme = false, planSet = false, listing = false;
        foreach (var raw in changed)
        {
            var path = raw.Replace('\\', '/').TrimStart('/');
            var parts = path.Split('/');
            switch (parts[0])
            {
                case "plans" when parts.Length >= 2:
                    if (parts.Length == 2 || !_layout.Plans.Any(p => p.Id == parts[1]) || !new RepositoryFiles(_root).IsFolder(Path.Combine(_root, "plans", parts[1])))
                        planSet = true;
                    plans.Add(parts[1]);
                    // What the site-wide pages show of a plan: its plan.yml and its progress reports.
                    listing |= parts.Length == 2 || parts[2] is "plan.yml" or "progress";
                    break;
                case "input":
                    input = true;
                    data |= parts.Length > 1 && parts[1] == "data";
                    break;
                case "theme":
                    theme = true;
                    break;
            }
        }
        return new Change(false, planSet, input, data, theme, plans, listing || planSet);
    }

    /// <param name="PlanListing">Whether a changed file is one the site-wide pages show (plan.yml, a progress report).</param>
    private sealed record Change(bool Everything, bool PlanSetChanged, bool Input, bool Data, bool Theme, IReadOnlySet<string> Plans, bool PlanListing);

    private sealed record ParsedPlan(
        Plan Plan,
        IReadOnlyList<Diagnostic> ParseDiagnostics,
        IReadOnlyList<Diagnostic> ValidationDiagnostics)
    {
        public IReadOnlyDictionary<string, IReadOnlyList<Observation>> Local { get; init; } =
            new Dictionary<string, IReadOnlyList<Observation>>();
    }
}
