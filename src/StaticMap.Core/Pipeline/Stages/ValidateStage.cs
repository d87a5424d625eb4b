using System.Text;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;
using StaticMap.Core.Reading;
using StaticMap.Core.Rendering;
using StaticMap.Core.Validation;

namespace StaticMap.Core.Pipeline.Stages;

/// <summary>
/// Validate: runs each rule only where its inputs changed, then gathers every diagnostic of the run (the stages before it,
/// the rules, the theme). A plan rule runs again for a plan when the plan changed (as parsed and filled in, or which of
/// its files have errors) or when an input it declares (<see cref="IPlanRule.Reads"/>: the link table, the data, the date,
/// the strings) changed; a site rule when the site pages or what it declares changed (the plans' summaries, …).
/// Cache: each plan's diagnostics per rule with the key they were computed under (<see cref="RuleResults"/>), each plan's
/// version and summary, and what the input versions were last counted from.
/// </summary>
internal sealed class ValidateStage(SiteOptions options) : PipelineStage<ThemeOutput, ValidateOutput>
{
    private readonly RuleResults _results = new();
    // Each plan as last validated: the filled plan, its files with errors, its own version and its summary.
    private readonly Dictionary<string, (Plan Plan, string Errors, long Version, PlanSummary Summary)> _plans = new(StringComparer.Ordinal);
    private long _counter;
    private InputVersions _versions;
    private long _pages;
    private bool _everything = true;
    // What the versions were counted from in the last run.
    private object? _data, _catalog, _strings;
    private Progress.ReportingCalendar? _calendar;
    private string _narrativeErrors = "";
    private LinkResolver? _links;
    private RepositoryLayout? _layout;

    public override string Name => StageNames.Validate;

    /// <summary>How observers see the part of the stage that computes the rule record's keys (a build with the cache).</summary>
    public const string RuleRecordStep = "rule record";

    public override void Invalidate(Change change)
    {
        if (change.Everything)
        {
            _results.Clear();
            _plans.Clear();
            _everything = true;
        }
        if (change.Everything || change.Input) _pages = ++_counter;
    }

    public override void Release()
    {
        _results.Clear();
        _plans.Clear();
        (_data, _catalog, _strings, _links, _layout) = (null, null, null, null, null);
    }

    public override ValidateOutput? Run(ThemeOutput input, RunContext run)
    {
        var linked = input.Linked;
        var measured = linked.Filled.Measured;
        var parsed = measured.Parsed;
        var read = parsed.Read;
        var site = linked.Filled.Site;
        var calendar = options.Reporting;

        var earlier = read.Diagnostics.Concat(parsed.Diagnostics).Concat(measured.Diagnostics)
            .Where(d => d.IsError).Select(d => d.Span.Path).ToHashSet(StringComparer.Ordinal);
        var (summaries, changed, planSetChanged, summariesChanged) = PlanVersions(site, earlier);
        var linksChanged = _everything || run.Change.Input || planSetChanged || NarrativeErrorsChanged(earlier)
            || changed.Any(id => LinkSummary(_links!, _layout!, id) != LinkSummary(linked.Links, read.Layout, id));
        var dataChanged = !ReferenceEquals(_data, measured.Metrics.Data) || !ReferenceEquals(_catalog, measured.Metrics.Catalog);
        _versions = new InputVersions(
            Links: linksChanged ? ++_counter : _versions.Links,
            Data: dataChanged ? ++_counter : _versions.Data,
            Calendar: !Equals(_calendar, calendar) ? ++_counter : _versions.Calendar,
            Strings: !ReferenceEquals(_strings, input.Strings) ? ++_counter : _versions.Strings,
            Summaries: _everything || planSetChanged || summariesChanged ? ++_counter : _versions.Summaries,
            Site: ++_counter);
        (_data, _catalog, _strings, _calendar, _links, _layout, _everything) =
            (measured.Metrics.Data, measured.Metrics.Catalog, input.Strings, calendar, linked.Links, read.Layout, false);

        var context = new ValidationContext(site, linked.Links, measured.Metrics, earlier)
            { Calendar = calendar, Strings = input.Strings, Rules = options.Kinds.Rules, Summaries = summaries };
        var siteRules = _results.CheckSite(context, _pages, _versions);
        var ruleTimes = run.ObservesSteps ? new Dictionary<string, TimeSpan>() : null;
        // A build with the cache first asks the rule record of the last build (docs/architecture.md, "The build cache").
        var record = run.Target is OutputFolderTarget { Cache: { } cache }
            ? run.Part(RuleRecordStep, () =>
            {
                var rules = cache.Rules;
                rules.Prepare(read.Layout, site, options, linked.Links, input.Theme, context.Rules.PlanRules, earlier,
                    id => _plans.TryGetValue(id, out var kept) ? kept.Errors : "", cache.Hashes);
                return rules;
            })
            : null;
        var probe = BuildPipeline.RuleRan.Value;
        _results.CheckPlans(context, plan => _plans[plan.Id].Version, _versions, ruleTimes is null ? null : (rule, elapsed) =>
        {
            lock (ruleTimes) ruleTimes[rule.GetType().Name] = ruleTimes.GetValueOrDefault(rule.GetType().Name) + elapsed;
        }, record, probe is null ? null : (plan, rule) => probe(plan.Id, rule is Rule r ? r.Code : rule.GetType().Name));
        foreach (var (rule, elapsed) in ruleTimes ?? []) run.Step(Name, rule, elapsed);
        if (record is not null && (_results.RulesRun > 0 || !record.Complete))
            run.Part(RuleRecordStep + " written", () => { record.Save(site, _results); return 0; });

        var all = run.Diagnostics;
        all.AddRange(read.Diagnostics);
        all.AddRange(parsed.Diagnostics);
        all.AddRange(measured.Diagnostics);
        all.AddRange(siteRules);
        all.AddRange(_results.PlanDiagnostics);
        all.AddRange(input.Diagnostics);
        run.SiteWideChanged = run.Change.PlanListing || linksChanged;
        run.Site = new ValidatedSite(read.Layout, site, measured.Metrics, linked.Links, options);
        run.Plans = site.Plans.Length;
        return new ValidateOutput(input, run.Site);
    }

    /// <summary>
    /// Gives a plan a new version when the plan as filled in (a new object after it was parsed again or its data changed)
    /// or the set of its files with errors changed. Returns every plan's summary in site order, the plans that were
    /// validated before and changed, whether a plan came or went, and whether a changed plan's summary differs.
    /// </summary>
    private (IReadOnlyList<PlanSummary> Summaries, IReadOnlyList<string> Changed, bool PlanSetChanged, bool SummariesChanged) PlanVersions(
        SiteInput site, IReadOnlySet<string> withErrors)
    {
        // "plans/<id>/…" by plan id.
        var errors = withErrors.Where(p => p.StartsWith("plans/", StringComparison.Ordinal) && p.IndexOf('/', 6) > 6)
            .GroupBy(p => p[6..p.IndexOf('/', 6)], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => string.Join('\n', g.Order(StringComparer.Ordinal)), StringComparer.Ordinal);
        var summaries = new List<PlanSummary>(site.Plans.Length);
        var changed = new List<string>();
        bool planSetChanged = false, summariesChanged = false;
        foreach (var plan in site.Plans)
        {
            var ownErrors = errors.GetValueOrDefault(plan.Id, "");
            if (!_plans.TryGetValue(plan.Id, out var kept))
            {
                planSetChanged = true;
                _plans[plan.Id] = kept = (plan, ownErrors, ++_counter, PlanSummary.Of(plan));
            }
            else if (!ReferenceEquals(kept.Plan, plan) || kept.Errors != ownErrors)
            {
                changed.Add(plan.Id);
                var summary = PlanSummary.Of(plan);
                summariesChanged |= !summary.Equals(kept.Summary);
                _plans[plan.Id] = kept = (plan, ownErrors, ++_counter, summary);
            }
            summaries.Add(kept.Summary);
        }
        if (_plans.Count != site.Plans.Length)
        {
            planSetChanged = true;
            var present = site.Plans.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var gone in _plans.Keys.Where(id => !present.Contains(id)).ToList()) _plans.Remove(gone);
        }
        return (summaries, changed, planSetChanged, summariesChanged);
    }

    /// <summary>Whether the narratives with errors changed: a link into a plan whose narrative has an error is not checked (MAP063).</summary>
    private bool NarrativeErrorsChanged(IReadOnlySet<string> withErrors)
    {
        var now = string.Join('\n', withErrors.Where(p => p.EndsWith(".md", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal));
        var changed = now != _narrativeErrors;
        _narrativeErrors = now;
        return changed;
    }

    /// <summary>
    /// What links into one plan can lead to, as one string: its files and its pages, each with its element ids. When it
    /// changes, the rules that read links (<see cref="RuleInputs.Links"/>) run again over every plan.
    /// </summary>
    private static string LinkSummary(LinkResolver links, RepositoryLayout layout, string id)
    {
        var text = new StringBuilder();
        foreach (var files in layout.Plans.Where(p => p.Id == id))
            foreach (var file in files.MarkdownFiles.Concat(files.AssetFiles).Concat(files.DataFiles)) text.Append(file).Append('\n');
        foreach (var page in links.Map.Pages)
        {
            if (page.PlanId != id) continue;
            text.Append(page.Url).Append('|').Append(page.Kind).Append('|').Append(page.Edition).Append('|').Append(page.Source)
                .Append('|').Append(page.Original).Append('|').Append(page.IsDraft).Append('|');
            if (links.IdsOf(page.Url) is { } ids)
                foreach (var known in ids.Known.Order(StringComparer.Ordinal)) text.Append(known).Append(' ');
            text.Append('\n');
        }
        return text.ToString();
    }
}
