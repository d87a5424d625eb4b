using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;

namespace StaticMap.Core.Validation;

/// <summary>
/// The version, in one run, of each input a rule may read besides its plan (<see cref="RuleInputs"/>): equal versions in
/// two runs mean the rule read the same input. The validate stage counts them up as what they stand for changes.
/// </summary>
public readonly record struct InputVersions(long Links, long Data, long Calendar, long Strings, long Summaries, long Site)
{
    /// <summary>Only the versions of what <paramref name="reads"/> declares, so a rule's key changes only with what it reads.</summary>
    public InputVersions Of(RuleInputs reads) => new(
        (reads & RuleInputs.Links) != 0 ? Links : 0,
        (reads & RuleInputs.Data) != 0 ? Data : 0,
        (reads & RuleInputs.Calendar) != 0 ? Calendar : 0,
        (reads & RuleInputs.Strings) != 0 ? Strings : 0,
        (reads & RuleInputs.Summaries) != 0 ? Summaries : 0,
        (reads & RuleInputs.Site) != 0 ? Site : 0);
}

/// <summary>
/// What one rule's diagnostics over one plan (or a site rule's over the site) were computed from, kept with the plan's id
/// and the rule's code: the version of the plan's own inputs (its files as parsed and filled in from the data, and which of
/// them have errors; for a site rule, the site pages) and those of the site-level inputs the rule reads. A cache that
/// outlives the process would keep the same entries under content hashes in place of these versions.
/// </summary>
public readonly record struct RuleResultKey(long Own, InputVersions Site);

/// <summary>
/// Plan rules' diagnostics kept by an earlier process (a build's rule record, <c>Caching/RuleRecord</c>) under content keys of
/// what each rule reads: asked before a rule runs over a plan whose in-memory key changed (in a new process, every plan).
/// </summary>
public interface IKeptRuleResults
{
    /// <summary>The diagnostics of rule <paramref name="rule"/> (its index in <see cref="RuleSet.PlanRules"/>) over
    /// <paramref name="plan"/> as recorded under the key the plan and that rule's inputs have now, or null (the rule runs).</summary>
    IReadOnlyList<Diagnostic>? Kept(Plan plan, int rule);
}

/// <summary>
/// Each plan's rule diagnostics, per rule, each with the key it was computed under, and the site rules'; a run checks again
/// only the (plan, rule) pairs whose key changed. Used by the validate stage for the whole pipeline's life.
/// </summary>
public sealed class RuleResults
{
    private sealed class Results(int rules)
    {
        public readonly RuleResultKey[] Keys = new RuleResultKey[rules];
        public readonly IReadOnlyList<Diagnostic>?[] Diagnostics = new IReadOnlyList<Diagnostic>?[rules];
        public IReadOnlyList<Diagnostic> All = [];
    }

    private readonly Dictionary<string, Results> _plans = new(StringComparer.Ordinal);
    private Results? _site;

    /// <summary>Forgets everything (a full run).</summary>
    public void Clear()
    {
        _plans.Clear();
        _site = null;
    }

    /// <summary>The plans checked again by the last <see cref="CheckPlans"/>.</summary>
    public IReadOnlyList<string> Checked { get; private set; } = [];

    /// <summary>
    /// Runs every plan rule over every plan of the context's site whose key for that rule changed: the plan's
    /// <paramref name="own"/> version, or the version of an input the rule reads (<see cref="IPlanRule.Reads"/>).
    /// Plans no longer in the site are forgotten.
    /// </summary>
    /// <param name="timed">When given, told how long each rule took (the stage profiler's finer view); null in builds.</param>
    /// <param name="kept">Where a (plan, rule) pair to check is first looked up (a build's rule record); null: every such pair runs.</param>
    /// <param name="ran">Told each (plan, rule) pair that ran (a test's counter); null in builds.</param>
    public void CheckPlans(ValidationContext context, Func<Plan, long> own, InputVersions versions, Action<IPlanRule, TimeSpan>? timed = null,
        IKeptRuleResults? kept = null, Action<Plan, IPlanRule>? ran = null)
    {
        var rules = context.Rules.PlanRules;
        var keys = rules.Select(r => versions.Of(r.Reads)).ToArray();
        var work = new List<(Plan Plan, Results Results, long Own)>();
        (_run, _served) = (0, 0);
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var plan in context.Site.Plans)
        {
            present.Add(plan.Id);
            if (!_plans.TryGetValue(plan.Id, out var results)) _plans[plan.Id] = results = new Results(rules.Count);
            var version = own(plan);
            for (var i = 0; i < rules.Count; i++)
            {
                if (results.Diagnostics[i] is not null && results.Keys[i] == new RuleResultKey(version, keys[i])) continue;
                work.Add((plan, results, version));
                break;
            }
        }
        if (present.Count != _plans.Count)
            foreach (var gone in _plans.Keys.Where(id => !present.Contains(id)).ToList()) _plans.Remove(gone);
        Parallel.ForEach(work, item =>
        {
            var (plan, results, version) = item;
            for (var i = 0; i < rules.Count; i++)
            {
                var key = new RuleResultKey(version, keys[i]);
                if (results.Diagnostics[i] is not null && results.Keys[i] == key) continue;
                if (kept?.Kept(plan, i) is { } recorded)
                {
                    results.Diagnostics[i] = recorded;
                    results.Keys[i] = key;
                    Interlocked.Increment(ref _served);
                    continue;
                }
                Interlocked.Increment(ref _run);
                ran?.Invoke(plan, rules[i]);
                var bag = new DiagnosticBag();
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                rules[i].Check(plan, context, bag);
                timed?.Invoke(rules[i], System.Diagnostics.Stopwatch.GetElapsedTime(started));
                results.Diagnostics[i] = bag.Count == 0 ? [] : bag.ToSortedList();
                results.Keys[i] = key;
            }
            results.All = Gather(results.Diagnostics);
        });
        Checked = work.Select(w => w.Plan.Id).ToList();
    }

    private int _run, _served;

    /// <summary>How many (plan, rule) pairs the last <see cref="CheckPlans"/> ran.</summary>
    public int RulesRun => _run;

    /// <summary>How many (plan, rule) pairs the last <see cref="CheckPlans"/> took from what was kept (<see cref="IKeptRuleResults"/>).</summary>
    public int RulesKept => _served;

    /// <summary>A plan's diagnostics per rule (by the rule's index), as last checked; null for a plan not checked.</summary>
    public IReadOnlyList<IReadOnlyList<Diagnostic>?>? Of(string planId) => _plans.TryGetValue(planId, out var results) ? results.Diagnostics : null;

    /// <summary>Runs the site rules whose key changed: the <paramref name="pages"/> version (the site pages of input/), or
    /// the version of an input the rule reads (<see cref="ISiteRule.Reads"/>).</summary>
    public IReadOnlyList<Diagnostic> CheckSite(ValidationContext context, long pages, InputVersions versions)
    {
        var rules = context.Rules.SiteRules;
        if (_site is null || _site.Keys.Length != rules.Count) _site = new Results(rules.Count);
        var changed = false;
        for (var i = 0; i < rules.Count; i++)
        {
            var key = new RuleResultKey(pages, versions.Of(rules[i].Reads));
            if (_site.Diagnostics[i] is not null && _site.Keys[i] == key) continue;
            var bag = new DiagnosticBag();
            rules[i].Check(context, bag);
            _site.Diagnostics[i] = bag.Count == 0 ? [] : bag.ToSortedList();
            _site.Keys[i] = key;
            changed = true;
        }
        if (changed) _site.All = Gather(_site.Diagnostics);
        return _site.All;
    }

    /// <summary>Every plan's rule diagnostics, as last checked.</summary>
    public IEnumerable<Diagnostic> PlanDiagnostics => _plans.Values.SelectMany(p => p.All);

    private static IReadOnlyList<Diagnostic> Gather(IReadOnlyList<Diagnostic>?[] byRule)
    {
        var count = byRule.Sum(d => d?.Count ?? 0);
        if (count == 0) return [];
        var all = new List<Diagnostic>(count);
        foreach (var diagnostics in byRule) all.AddRange(diagnostics ?? []);
        return all;
    }
}
