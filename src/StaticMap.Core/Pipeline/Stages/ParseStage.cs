using System.Collections.Immutable;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;
using StaticMap.Core.Parsing;
using StaticMap.Core.Rendering;
using StaticMap.Core.Caching;

namespace StaticMap.Core.Pipeline.Stages;

/// <summary>
/// Parse: the site pages of input/ and every plan into the typed model (plans in parallel). Cache: each plan as parsed,
/// with its diagnostics, and the site pages; a run parses again the plans the read stage read again (and any it has not
/// parsed yet), and the site pages when input/ changed.
/// </summary>
internal sealed class ParseStage(SiteOptions options) : PipelineStage<ReadOutput, ParseOutput>
{
    private readonly Dictionary<string, (Plan Plan, IReadOnlyList<Diagnostic> Diagnostics)> _plans = new(StringComparer.Ordinal);
    private IReadOnlyList<ContentPage> _pages = [];
    private ImmutableArray<YamlText> _pageYaml = [];
    private IReadOnlyList<Diagnostic> _pageDiagnostics = [];
    private bool _pagesStale = true;

    public override string Name => StageNames.Parse;

    /// <summary>How observers see the part of the stage that reads the build cache's Markdown record (<see cref="Caching.MarkdownRecord"/>).</summary>
    public const string MarkdownRecordStep = "markdown record";

    /// <summary>How observers see the part of the stage that reads the build cache's YAML record (<see cref="Caching.YamlRecord"/>).</summary>
    public const string YamlRecordStep = "yaml record";

    /// <summary>How observers see the part of the stage that reads the build cache's text-file record (<see cref="Caching.TextFileRecord"/>).</summary>
    public const string TextFileRecordStep = "text-file record";

    /// <summary>Parsed plans kept between runs.</summary>
    public int PlanCount => _plans.Count;

    public override void Invalidate(Change change)
    {
        if (change.Everything) _plans.Clear();
        _pagesStale |= change.Everything || change.Input;
    }

    public override void Release()
    {
        _plans.Clear();
        (_pages, _pageYaml) = ([], []);
    }

    public override ParseOutput Run(ReadOutput input, RunContext run)
    {
        var layout = input.Layout;
        // A set, not a scan of the plans for each kept plan: at 1,000 plans that was a million comparisons on every preview edit.
        if (_plans.Count > 0)
        {
            var present = layout.Plans.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var id in _plans.Keys.Where(id => !present.Contains(id)).ToList()) _plans.Remove(id);
        }
        var pagesStale = _pagesStale || _pages.Count == 0 && layout.InputPages.Length > 0;
        var touched = input.Touched.ToHashSet(StringComparer.Ordinal);
        var changed = layout.Plans.Where(p => touched.Contains(p.Id) || !_plans.ContainsKey(p.Id)).ToList();
        // A build with the cache does not parse a narrative, nor load a YAML text, that a build before parsed (docs/architecture.md, "The build cache").
        var cache = run.Target is OutputFolderTarget { Cache: { } c } ? c : null;
        var markdown = cache is null ? null : run.Part(MarkdownRecordStep, () => cache.Markdown);
        var yaml = cache is null ? null : run.Part(YamlRecordStep, () => cache.Yaml);
        var textFiles = cache is null ? null : run.Part(TextFileRecordStep, () => cache.TextFiles);
        var records = cache is null ? null : new ParseRecords(markdown, yaml, textFiles);
        // The site pages first, then the plans in parallel. Parsing them side by side (Parallel.Invoke around this loop) was
        // tried and taken back: ~30 ms more per preview rebuild at 1,003 plans (docs/performance.md, startup3).
        if (pagesStale)
        {
            var bag = new DiagnosticBag();
            (var pages, _pageYaml) = SiteParser.ParsePages(layout, bag);
            _pages = pages;
            _pageDiagnostics = bag.ToSortedList();
            _pagesStale = false;
        }
        Parallel.ForEach(changed, files =>
        {
            var bag = new DiagnosticBag();
            var plan = PlanParser.Parse(layout, files, bag, options.Components, records);
            lock (_plans) _plans[files.Id] = (plan, bag.ToSortedList());
        });
        ParseProbe.Print();
        if (ParseProbe.On && markdown is not null)
            Console.Error.WriteLine($"markdown record: {markdown.Found} narratives taken from it, {markdown.Parsed} parsed");
        if (ParseProbe.On && yaml is not null)
            Console.Error.WriteLine($"yaml record: {yaml.Found} texts taken from it, {yaml.Loaded} loaded");
        if (ParseProbe.On && textFiles is not null)
            Console.Error.WriteLine($"text-file record: {textFiles.Found} files not read, {textFiles.Added} read and recorded");
        if (textFiles is { Changed: true }) run.Part(TextFileRecordStep + " written", () => { textFiles.Save(); return 0; });
        if (markdown is { Changed: true }) run.Part(MarkdownRecordStep + " written", () => { markdown.Save(); return 0; });
        // Saved when it changed, and let go of either way: its trees are the plans' now.
        if (yaml is not null) run.Part(YamlRecordStep + " written", () => { yaml.Save(); return 0; });
        var site = new SiteInput(layout.Root, layout.Plans.Select(f => _plans[f.Id].Plan).ToImmutableArray(), [.. _pages], layout.InputAssets) { PageYaml = _pageYaml };
        if (BuildPipeline.AfterParse.Value is { } seam) site = seam(site);
        var diagnostics = _pageDiagnostics.Concat(_plans.Values.SelectMany(p => p.Diagnostics)).ToList();
        return new ParseOutput(input, site, changed.Select(p => p.Id).ToList(), diagnostics);
    }
}
