using StaticMap.Core.Model;
using StaticMap.Core.Rendering;

namespace StaticMap.Core.Pipeline.Stages;

/// <summary>
/// A build's (<see cref="BuildPipeline.RunOnce"/>) letting go of the plans' YAML trees and texts when the render starts and of
/// each plan's Markdig trees while the site renders. A narrative's tree is not kept from the parse (<see cref="MarkdownBody"/>):
/// the render makes it again when a plan's part first reads it, and once every edition of the plan is written nothing
/// reads it again (other pages read its element ids and text, which the body keeps as strings; the feed's summaries read a
/// tree without keeping it), so it goes then, and a read after that makes a tree it does not keep. Plans the render does
/// not write (drafts left out, plans the build cache reuses) hold no tree and are let go when the render starts.
/// The preview never does this: its next run renders from the same trees.
/// <para>It also keeps the render's garbage from growing to the model's size: a part's page models live while it renders, so
/// much of what rendering allocates reaches the oldest generation, which the collector, sized by the model, leaves
/// to grow by hundreds of MiB between its own full collections (docs/performance.md, "Parse and memory at 1,000 plans").
/// After a part, when the heap as the last collection left it has grown by <see cref="CollectionBudget"/> since the last full one, one thread runs a
/// blocking, compacting one, which also takes the trees let go since.</para>
/// </summary>
internal sealed class TreeRelease
{
    private readonly object _lock = new();
    private readonly Dictionary<string, (Plan Plan, int Left)> _editionsLeft = new(StringComparer.Ordinal);
    private readonly Action<string>? _released;
    // The plans as validated, where the render was given a copy (a build without drafts): let go with their copy.
    private readonly Dictionary<string, Plan> _validated = new(StringComparer.Ordinal);
    private long _collectAbove;
    private int _collecting;

    /// <summary>How far the heap may grow past what the last full collection left before the next: 64 MiB, or
    /// $STATICMAP_RENDER_GC_MIB (0: never; for measuring, docs/performance.md).</summary>
    internal static readonly long CollectionBudget =
        (long.TryParse(Environment.GetEnvironmentVariable("STATICMAP_RENDER_GC_MIB"), out var mib) && mib >= 0 ? mib : 64) << 20;

    /// <param name="site">Every plan of the site, rendered or not.</param>
    /// <param name="released">Told the id of each plan let go (a test's probe: <see cref="BuildPipeline.AfterPlanReleased"/>).</param>
    public TreeRelease(RenderContext context, IEnumerable<Plan> site, Action<string>? released)
    {
        _released = released;
        foreach (var plan in context.PlansInScope) _editionsLeft[plan.Id] = (plan, plan.Editions.Count());
        var notRendered = new List<Plan>();
        foreach (var plan in site)
        {
            // By id, not by reference: a build without drafts renders a copy of the plan without its draft reports, which
            // shares the bodies of the plan validated; those go with the copy's parts.
            if (!_editionsLeft.ContainsKey(plan.Id)) notRendered.Add(plan);
            else _validated[plan.Id] = plan;
            // The YAML trees and texts are read by validation only (MAP051, MAP090 over the text values; the typed model was
            // built from them when parsed): every plan's go before the render starts.
            foreach (var edition in plan.Editions)
            {
                foreach (var yaml in edition.Yaml) yaml.Release();
            }
        }
        foreach (var plan in notRendered) Release(plan);
        // What validation left (its garbage and the YAML trees) is collected before the render adds its own.
        if (CollectionBudget > 0) GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        _collectAbove = Heap() + CollectionBudget;
    }

    /// <summary>One part written: a plan in one language, or (null) the site-wide pages of one language.</summary>
    public void Written(Plan? edition)
    {
        Let(edition);
        if (CollectionBudget > 0 && Heap() > Volatile.Read(ref _collectAbove)
            && Interlocked.CompareExchange(ref _collecting, 1, 0) == 0)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            Volatile.Write(ref _collectAbove, Heap() + CollectionBudget);
            Volatile.Write(ref _collecting, 0);
        }
    }

    // The heap as the last collection (of any generation) left it: what survives, not the youngest generation's allocations
    // since, which the collector's own collections take care of.
    private static long Heap() => GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes;

    private void Let(Plan? edition)
    {
        // The site-wide pages (null) read no plan's tree they keep.
        if (edition is null) return;
        lock (_lock)
        {
            if (!_editionsLeft.TryGetValue(edition.Id, out var left)) return;
            if (left.Left > 1)
            {
                _editionsLeft[edition.Id] = (left.Plan, left.Left - 1);
                return;
            }
            _editionsLeft.Remove(edition.Id);
            edition = left.Plan;
        }
        Release(edition);
    }

    private void Release(Plan plan)
    {
        if (_validated.TryGetValue(plan.Id, out var validated) && !ReferenceEquals(validated, plan)) LetGo(validated.Editions);
        LetGo(plan.Editions);
        _released?.Invoke(plan.Id);
    }

    private static void LetGo(IEnumerable<Plan> editions)
    {
        foreach (var edition in editions)
        {
            foreach (var component in edition.Components) component.Body.Release();
            foreach (var report in edition.Progress) report.Body.Release();
        }
    }
}
