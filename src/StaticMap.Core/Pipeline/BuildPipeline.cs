using System.Collections.Immutable;
using System.Diagnostics;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Diagnostics.Codes;
using StaticMap.Core.Localization;
using StaticMap.Core.Metrics;
using StaticMap.Core.Model;
using StaticMap.Core.Parsing;
using StaticMap.Core.Reading;
using StaticMap.Core.Rendering;
using StaticMap.Core.Rendering.Templates;
using StaticMap.Core.Validation;
using StaticMap.Core.Validation.Rules;
using StaticMap.Core.Writing;

namespace StaticMap.Core.Pipeline;

/// <summary>What one run of the pipeline did.</summary>
/// <param name="Site">The site as read, parsed and validated.</param>
/// <param name="Pages">The pages written; 0 when nothing was written.</param>
/// <param name="Written">Whether the target now holds a new site.</param>
/// <param name="Scope">What was written: "everything", the plan ids that changed, or "nothing".</param>
public sealed record PipelineRun(IReadOnlyList<Diagnostic> Diagnostics, ValidatedSite Site, int Pages, bool Written, string Scope)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <summary>
/// The build, stage by stage, and the only place their order is written: read, parse, metrics, links, validate, and only
/// when nothing is wrong theme, static files, render and commit. <see cref="Run"/> is the one entry: a build passes
/// <see cref="Changes.Everything"/>, the preview the paths it saw change, and each stage does again only what those
/// changes touch (a change inside one plan re-reads, re-checks and re-renders that plan; the pages listing every plan
/// are rendered again only when a plan.yml or progress report changed). The pipeline keeps what each stage produced
/// for the next run.
/// </summary>
public sealed class BuildPipeline
{
    private readonly string _root;
    private readonly string? _themeFolder;
    private readonly SiteOptions _options;
    private readonly IStageObserver? _observer;
    private readonly Dictionary<string, ParsedPlan> _plans = new(StringComparer.Ordinal);

    private RepositoryLayout? _layout;
    private IReadOnlyList<ContentPage> _pages = [];
    private ImmutableArray<YamlText> _pageYaml = [];
    private bool _pagesStale;
    private IReadOnlyList<Diagnostic> _inputDiagnostics = [];
    private (MobilityData Data, IReadOnlySet<string> Geoids, IReadOnlyList<Diagnostic> Diagnostics)? _data;
    private Theme? _theme;
    private IReadOnlyList<Diagnostic> _themeDiagnostics = [];
    private IReadOnlySet<string> _linkTargets = new HashSet<string>();
    // Set when a change the site-wide pages show has not reached the target yet (its run had errors).
    private bool _siteWideStale;
    private long _writes;

    /// <param name="themeFolder">The theme to use; null for the repository's theme/, or StaticMap's own when it has none.</param>
    public BuildPipeline(string root, SiteOptions options, string? themeFolder = null, IStageObserver? observer = null)
    {
        _root = Path.GetFullPath(root);
        _options = options;
        _themeFolder = themeFolder;
        _observer = observer;
    }

    /// <summary>Parsed plans kept between runs.</summary>
    public int PlanCount => _plans.Count;

    /// <summary>
    /// Runs every stage over what <paramref name="changes"/> touches. Without a <paramref name="target"/> the run stops
    /// after validation (staticmap check); with one, a run without errors writes the site there.
    /// </summary>
    public PipelineRun Run(Changes changes, ISiteTarget? target = null)
    {
        var change = Classify(changes.Paths);
        var scanDiagnostics = new DiagnosticBag();
        var changedPlans = Stage(Stages.Read, () => Read(change, scanDiagnostics));
        var site = Stage(Stages.Parse, () => Parse(change, changedPlans));
        var metrics = Stage(Stages.Metrics, () => LoadMetrics(site, change, changedPlans));
        // Indicators tied to a metric take the values the author left out from the data (the annual update).
        site = Fill(site, metrics);
        var links = Stage(Stages.Links, () => Links(site, _layout!));
        var (all, sameTargets) = Stage(Stages.Validate, () => Validate(site, links, metrics, changedPlans, scanDiagnostics));
        // The theme's strings files are read again only when theme/ changed (a preview edit of a plan does not re-read them).
        if (_strings is null || change.Everything || change.Theme) _strings = ThemeStrings(_root, _themeFolder);
        CheckStrings(_strings.Value, site, all);
        var validated = new ValidatedSite(_layout!, site, metrics, links, _options);
        _siteWideStale |= change.PlanListing || !sameTargets;
        // The theme (templates and strings) is loaded on every run, also by a check without a target, so a theme or
        // strings-file mistake that fails a build fails a check with the same diagnostics.
        var theme = Stage(Stages.Theme, () => LoadTheme(change, all));
        if (target is null || all.HasErrors || theme is null) return new PipelineRun(all.ToSortedList(), validated, 0, false, "nothing");

        var full = change.Everything || change.Input || change.Theme || change.PlanSetChanged || _writes == 0;
        var scope = full ? null : changedPlans.ToHashSet(StringComparer.Ordinal);
        // The home page, feed and sitemap show plan.yml and progress reports only; a component's text cannot change them.
        var siteWide = full || change.PlanListing || !sameTargets || _siteWideStale;
        var pages = Write(validated, theme, target, scope, siteWide, all);
        if (all.HasErrors) return new PipelineRun(all.ToSortedList(), validated, 0, false, "nothing");
        if (siteWide) _siteWideStale = false;
        _writes++;
        return new PipelineRun(all.ToSortedList(), validated, pages, true, full ? "everything" : string.Join(", ", changedPlans));
    }

    private T Stage<T>(string name, Func<T> stage)
    {
        if (_observer is null) return stage();
        _observer.Starting(name);
        var clock = Stopwatch.StartNew();
        var result = stage();
        _observer.Finished(name, clock.Elapsed);
        return result;
    }

    private void Stage(string name, Action stage) => Stage(name, () => { stage(); return 0; });

    /// <summary>Read: the repository's folders, again only where something changed. Returns the plans to parse again.</summary>
    private List<string> Read(Change change, DiagnosticBag scanDiagnostics)
    {
        if (_layout is null || change.Everything || change.PlanSetChanged)
            _layout = RepositoryScanner.Scan(_root, scanDiagnostics);
        else if (change.Input)
            _layout = RepositoryScanner.ScanInput(_layout, scanDiagnostics);

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
        _pagesStale = change.Everything || change.Input || _pages.Count == 0 && _layout.InputPages.Length > 0;
        return changedPlans;
    }

    /// <summary>Parse: the site pages when input/ changed, the changed plans (in parallel); the others stay as parsed before.</summary>
    private SiteInput Parse(Change change, List<string> changedPlans)
    {
        var layout = _layout!;
        if (_pagesStale)
        {
            var bag = new DiagnosticBag();
            (var pages, _pageYaml) = SiteParser.ParsePages(layout, bag);
            _pages = pages;
            _inputDiagnostics = bag.ToSortedList();
        }
        var stale = changedPlans.ToHashSet(StringComparer.Ordinal);
        Parallel.ForEach(layout.Plans.Where(p => stale.Contains(p.Id)).ToList(), files =>
        {
            var bag = new DiagnosticBag();
            var plan = PlanParser.Parse(layout, files, bag, _options.Components);
            lock (_plans) _plans[files.Id] = new ParsedPlan(plan, bag.ToSortedList(), []);
        });
        var site = new SiteInput(layout.Root, layout.Plans.Select(f => _plans[f.Id].Plan).ToImmutableArray(), [.. _pages], layout.InputAssets) { PageYaml = _pageYaml };
        return AfterParse.Value is { } seam ? seam(site) : site;
    }

    /// <summary>A test's hand on the parsed site (e.g. translations built by hand), applied after every parse; null in builds.</summary>
    internal static readonly AsyncLocal<Func<SiteInput, SiteInput>?> AfterParse = new();

    // The output folders each plan's pages were last written to: its own and one per translation ("es/alameda-county"), so
    // the preview replaces them all when the plan changes, also a translation's that is gone.
    private readonly Dictionary<string, IReadOnlyList<string>> _outputFolders = new(StringComparer.Ordinal);

    private IReadOnlySet<string> OutputFolders(IReadOnlySet<string> planIds, SiteInput site)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in planIds)
        {
            folders.Add(id);
            folders.UnionWith(_outputFolders.GetValueOrDefault(id) ?? []);
            if (site.Plans.FirstOrDefault(p => p.Id == id) is { } plan)
                folders.UnionWith(plan.Translations.Select(t => SiteUrls.Plan(t.Plan).Trim('/')));
        }
        return folders;
    }

    private void RememberOutputFolders(SiteInput site)
    {
        foreach (var plan in site.Plans) _outputFolders[plan.Id] = plan.Translations.Select(t => SiteUrls.Plan(t.Plan).Trim('/')).ToList();
    }

    /// <summary>Metrics: Urban's files for every place a plan shows (again when input/data changed or a new place appears), the changed plans' own CSVs.</summary>
    private MetricsContext LoadMetrics(SiteInput site, Change change, IReadOnlyList<string> changedPlans)
    {
        var geoids = Geoids(site);
        if (_data is null || change.Everything || change.Data || !geoids.IsSubsetOf(_data.Value.Geoids))
        {
            var bag = new DiagnosticBag();
            var data = MobilityData.Load(_layout!, MetricCatalog.Embedded, geoids, bag);
            _data = (data, geoids, bag.ToSortedList());
        }
        var reloaded = new Dictionary<string, (IReadOnlyDictionary<string, IReadOnlyList<Observation>> Local, IReadOnlyList<Diagnostic> Diagnostics)>(StringComparer.Ordinal);
        Parallel.ForEach(changedPlans, id =>
        {
            var bag = new DiagnosticBag();
            Plan plan;
            lock (_plans) plan = _plans[id].Plan;
            var local = LocalData.Load(_layout!, [plan], bag);
            lock (reloaded) reloaded[id] = (local, bag.ToSortedList());
        });
        foreach (var (id, (local, diagnostics)) in reloaded)
            _plans[id] = _plans[id] with { Local = local, ParseDiagnostics = [.. _plans[id].ParseDiagnostics, .. diagnostics] };
        var all = _plans.Values.SelectMany(p => p.Local).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        return new MetricsContext(MetricCatalog.Embedded, _data.Value.Data, all);
    }

    // Each plan as filled in from the data, kept while neither the parsed plan nor Urban's data changed: a preview edit of
    // one plan fills that plan again, not all of them (it reads only the plan and Urban's data, never the clock).
    private readonly Dictionary<string, (Plan Parsed, Plan Filled)> _filled = new(StringComparer.Ordinal);
    private MobilityData? _filledFrom;

    private SiteInput Fill(SiteInput site, MetricsContext metrics)
    {
        if (!ReferenceEquals(_filledFrom, metrics.Data))
        {
            _filled.Clear();
            _filledFrom = metrics.Data;
        }
        var plans = site.Plans.Select(plan =>
        {
            if (_filled.TryGetValue(plan.Id, out var kept) && ReferenceEquals(kept.Parsed, plan)) return kept.Filled;
            var filled = Progress.DataValues.FillEditions(plan, metrics);
            _filled[plan.Id] = (plan, filled);
            return filled;
        }).ToImmutableArray();
        return site with { Plans = plans };
    }

    /// <summary>The places whose Mobility Metrics the site shows: every plan's jurisdiction and peers.</summary>
    public static IReadOnlySet<string> Geoids(SiteInput site) =>
        site.Plans.SelectMany(p => p.Metadata.Peers.Select(x => x.Value).Append(p.Metadata.Jurisdiction.Fips))
            .Where(g => g.Length > 0).ToHashSet(StringComparer.Ordinal);

    /// <summary>Links: the table every link of every page is resolved against.</summary>
    public static LinkResolver Links(SiteInput site, RepositoryLayout layout) =>
        new(site, layout.Plans.SelectMany(p => p.MarkdownFiles.Select(f => (p.Id, f))));

    /// <summary>Validate: the site rules, and the plan rules over the changed plans, or all when what links can point at changed.</summary>
    private (DiagnosticBag All, bool SameTargets) Validate(SiteInput site, LinkResolver links, MetricsContext metrics,
        IReadOnlyList<string> changedPlans, DiagnosticBag scanDiagnostics)
    {
        var targets = LinkTargets(site);
        var sameTargets = targets.SetEquals(_linkTargets);
        var revalidate = sameTargets ? changedPlans : _plans.Keys.ToList();
        _linkTargets = targets;
        var scanned = scanDiagnostics.ToSortedList();
        var earlier = _plans.Values.SelectMany(p => p.ParseDiagnostics).Concat(_inputDiagnostics).Concat(scanned)
            .Concat(_data?.Diagnostics ?? []).Where(d => d.IsError).Select(d => d.Span.Path).ToHashSet(StringComparer.Ordinal);
        var context = new ValidationContext(site, links, metrics, earlier) { Calendar = _options.Reporting };
        var siteRules = new DiagnosticBag();
        Validator.Validate(context, [], siteRules);
        var revalidated = new Dictionary<string, IReadOnlyList<Diagnostic>>(StringComparer.Ordinal);
        Parallel.ForEach(revalidate, id =>
        {
            var bag = new DiagnosticBag();
            Plan plan;
            // The plan as filled in from the data, so its values are checked too.
            lock (_plans) plan = site.Plans.FirstOrDefault(p => p.Id == id) ?? _plans[id].Plan;
            Validator.ValidatePlan(context, plan, bag);
            lock (revalidated) revalidated[id] = bag.ToSortedList();
        });
        foreach (var (id, diagnostics) in revalidated) _plans[id] = _plans[id] with { ValidationDiagnostics = diagnostics };

        var all = new DiagnosticBag();
        all.AddRange(scanned);
        all.AddRange(_inputDiagnostics);
        all.AddRange(_data?.Diagnostics ?? []);
        all.AddRange(siteRules.ToSortedList());
        foreach (var parsed in _plans.Values)
        {
            all.AddRange(parsed.ParseDiagnostics);
            all.AddRange(parsed.ValidationDiagnostics);
        }
        return (all, sameTargets);
    }

    /// <summary>Theme: loaded again when theme/ changed; its diagnostics are reported on every run.</summary>
    private Theme? LoadTheme(Change change, DiagnosticBag diagnostics)
    {
        if (_theme is null || change.Everything || change.Theme)
        {
            var bag = new DiagnosticBag();
            _theme = LoadTheme(_root, _themeFolder, bag);
            _themeDiagnostics = bag.ToSortedList();
        }
        diagnostics.AddRange(_themeDiagnostics);
        return _theme;
    }

    /// <summary>Static files, render and commit: the whole site when <paramref name="scope"/> is null, else the plans in it.</summary>
    private int Write(ValidatedSite validated, Theme theme, ISiteTarget target, IReadOnlySet<string>? scope, bool siteWide, DiagnosticBag diagnostics)
    {
        ISiteOutput? output = null;
        try
        {
            output = target.Open(scope is null ? null : OutputFolders(scope, validated.Site));
            var context = validated.RenderContext(scope, siteWide, theme.Strings);
            Stage(Stages.StaticFiles, () =>
            {
                if (scope is null)
                {
                    StaticFiles.Copy(validated.Layout, theme, context.PublishedPlans, output, diagnostics);
                    if (diagnostics.HasErrors) return;
                    if (target.TakesLibraries) VendorLibraries.FromEnvironment().Restore(theme, output, diagnostics);
                }
                else
                {
                    foreach (var plan in context.PlansInScope) StaticFiles.CopyPlanFiles(validated.Layout, plan, output, diagnostics);
                }
            });
            if (diagnostics.HasErrors) return 0;
            var written = Stage(Stages.Render, () => SiteRenderer.Write(context, theme, output, diagnostics));
            if (diagnostics.HasErrors) return 0;
            Stage(Stages.Commit, () => target.Commit(output, theme));
            RememberOutputFolders(validated.Site);
            return written;
        }
        catch (Exception ex) when (OutputFailure(ex) is { } failure)
        {
            // The disk, not StaticMap: say what the system said, where. The temporary folder is gone, the previous site intact.
            diagnostics.Add(OutputNotWritable.Instance.Create(target.Display, failure.Path, SystemErrors.Reason(failure.InnerException!)));
            return 0;
        }
        finally
        {
            (output as IDisposable)?.Dispose();
        }
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
        var (folder, display, files) = ThemeLocation(root, themeFolder, diagnostics);
        return Theme.Load(folder, display, files, diagnostics);
    }

    /// <summary>The theme folder <see cref="LoadTheme(string, string?, DiagnosticBag)"/> reads, as shown, and how its files are read.</summary>
    private static (string Folder, string Display, RepositoryFiles Files) ThemeLocation(string root, string? themeFolder, DiagnosticBag diagnostics)
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

    /// <summary>
    /// MAP085: for each language a plan is published in (plan.yml's language and translations), the keys English has that
    /// the language's strings file lacks, once per language; and a warning on the plan when the language has no strings
    /// file at all. Reads only the theme's strings; their errors are reported by the theme stage, which a check runs too.
    /// </summary>
    public static void CheckStrings(string root, string? themeFolder, SiteInput site, DiagnosticBag diagnostics) =>
        CheckStrings(ThemeStrings(root, themeFolder), site, diagnostics);

    private (StringCatalog Catalog, IReadOnlyDictionary<string, string> Paths, string Display)? _strings;

    /// <summary>The theme's strings as <see cref="CheckStrings(string, string?, SiteInput, DiagnosticBag)"/> checks them.</summary>
    private static (StringCatalog Catalog, IReadOnlyDictionary<string, string> Paths, string Display) ThemeStrings(string root, string? themeFolder)
    {
        var (folder, display, files) = ThemeLocation(root, themeFolder, new DiagnosticBag());
        var catalog = Theme.LoadStrings(folder, display, files, new DiagnosticBag(), out var paths);
        return (catalog, paths, display);
    }

    private static void CheckStrings((StringCatalog Catalog, IReadOnlyDictionary<string, string> Paths, string Display) strings, SiteInput site,
        DiagnosticBag diagnostics)
    {
        var (catalog, paths, display) = strings;
        var reported = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var plan in site.Plans)
        {
            var languages = new List<(string Language, SourceSpan At)> { (plan.Metadata.Language, plan.Metadata.Span) };
            languages.AddRange(plan.Metadata.Translations.Select(t => (t.Value, t.Span)));
            foreach (var (language, at) in languages)
            {
                // An invalid tag is MAP025's; English is the language every other one falls back to.
                if (string.IsNullOrWhiteSpace(language) || !language.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
                    || PluralRules.Primary(language) == StringCatalog.DefaultLanguage) continue;
                if (!catalog.Supports(language))
                {
                    // StaticMap's own theme is not the repository's to edit: the file goes in a theme of its own.
                    var where = Path.IsPathRooted(display) ? $"theme/strings/{language}.yml to a theme of the repository's own (docs/theme.md)"
                        : $"{display}/strings/{language}.yml";
                    diagnostics.Add(StringsMissing.Instance.CreateNoFile(at, language, where));
                    continue;
                }
                var file = paths.TryGetValue(language, out var own) ? own : paths[PluralRules.Primary(language)];
                if (!reported.Add(language)) continue;
                var missing = catalog.MissingKeys(language);
                if (missing.Count > 0) diagnostics.Add(StringsMissing.Instance.CreateMissingKeys(file, missing));
            }
        }
    }

    private static bool IsLink(string path) => FileKinds.Of(path) == FileKind.Link;

    /// <summary>Every file that links can point at; when this set changes, every plan's links are checked again.</summary>
    private IReadOnlySet<string> LinkTargets(SiteInput site) =>
        _layout!.Plans.SelectMany(p => p.MarkdownFiles.Concat(p.AssetFiles).Concat(p.DataFiles))
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
                    // What the site-wide pages show of a plan: its plan.yml (and translations of it, plan.es.yml, which the
                    // /es/ home lists) and its progress reports. A translation file is a change of its plan: the plan is
                    // parsed again with its translations, and its pages are written again in every language.
                    listing |= parts.Length == 2 || parts[2] is "plan.yml" or "progress" || IsPlanTranslation(parts[2]);
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

    private static bool IsPlanTranslation(string name) =>
        name.StartsWith("plan.", StringComparison.Ordinal) && name.EndsWith(".yml", StringComparison.Ordinal) && name.Count(c => c == '.') == 2;

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
