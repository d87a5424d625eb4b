using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;
using StaticMap.Core.Rendering;
using StaticMap.Core.Validation;

namespace StaticMap.Core.Pipeline.Stages;

/// <summary>
/// Validate: the site rules on every run, and the plan rules over the plans parsed again, or over every plan when what
/// links can point at changed; then gathers every diagnostic of the run (the stages before it, the rules, the theme).
/// Cache: each plan's rule diagnostics and the set of link targets they were checked against.
/// </summary>
internal sealed class ValidateStage(SiteOptions options) : PipelineStage<ThemeOutput, ValidateOutput>
{
    private readonly Dictionary<string, IReadOnlyList<Diagnostic>> _plans = new(StringComparer.Ordinal);
    private IReadOnlySet<string> _linkTargets = new HashSet<string>();

    public override string Name => StageNames.Validate;

    public override void Invalidate(Change change)
    {
        if (change.Everything) _plans.Clear();
    }

    public override ValidateOutput? Run(ThemeOutput input, RunContext run)
    {
        var linked = input.Linked;
        var measured = linked.Filled.Measured;
        var parsed = measured.Parsed;
        var read = parsed.Read;
        var site = linked.Filled.Site;

        var targets = LinkTargets(read, site);
        var sameTargets = targets.SetEquals(_linkTargets);
        _linkTargets = targets;
        foreach (var id in _plans.Keys.Where(id => site.Plans.All(p => p.Id != id)).ToList()) _plans.Remove(id);
        var revalidate = sameTargets ? parsed.Changed : site.Plans.Select(p => p.Id).ToList();

        var earlier = read.Diagnostics.Concat(parsed.Diagnostics).Concat(measured.Diagnostics)
            .Where(d => d.IsError).Select(d => d.Span.Path).ToHashSet(StringComparer.Ordinal);
        var context = new ValidationContext(site, linked.Links, measured.Metrics, earlier) { Calendar = options.Reporting, Strings = input.Strings, Rules = options.Kinds.Rules };
        var siteRules = new DiagnosticBag();
        Validator.Validate(context, [], siteRules);
        var revalidated = new Dictionary<string, IReadOnlyList<Diagnostic>>(StringComparer.Ordinal);
        var ruleTimes = run.ObservesSteps ? new Dictionary<string, TimeSpan>() : null;
        Parallel.ForEach(revalidate, id =>
        {
            var bag = new DiagnosticBag();
            // The plan as filled in from the data, so its values are checked too.
            var plan = site.Plans.First(p => p.Id == id);
            Validator.ValidatePlan(context, plan, bag, ruleTimes is null ? null : (rule, elapsed) =>
            {
                lock (ruleTimes) ruleTimes[rule.GetType().Name] = ruleTimes.GetValueOrDefault(rule.GetType().Name) + elapsed;
            });
            lock (revalidated) revalidated[id] = bag.ToSortedList();
        });
        foreach (var (id, diagnostics) in revalidated) _plans[id] = diagnostics;
        foreach (var (rule, elapsed) in ruleTimes ?? []) run.Step(Name, rule, elapsed);

        var all = run.Diagnostics;
        all.AddRange(read.Diagnostics);
        all.AddRange(parsed.Diagnostics);
        all.AddRange(measured.Diagnostics);
        all.AddRange(siteRules.ToSortedList());
        foreach (var diagnostics in _plans.Values) all.AddRange(diagnostics);
        all.AddRange(input.Diagnostics);
        run.SiteWideChanged = run.Change.PlanListing || !sameTargets;
        run.Site = new ValidatedSite(read.Layout, site, measured.Metrics, linked.Links, options);
        return new ValidateOutput(input, run.Site);
    }

    /// <summary>Every file that links can point at; when this set changes, every plan's links are checked again.</summary>
    private static IReadOnlySet<string> LinkTargets(ReadOutput read, SiteInput site) =>
        read.Layout.Plans.SelectMany(p => p.MarkdownFiles.Concat(p.AssetFiles).Concat(p.DataFiles))
            .Concat(site.Pages.Select(p => p.Path))
            .Concat(site.Plans.SelectMany(p => p.Components.Select(c => $"{p.Id}:{c.Kind}").Concat(p.Progress.Select(r => $"{p.Id}:{r.Year}"))))
            .ToHashSet(StringComparer.Ordinal);
}
