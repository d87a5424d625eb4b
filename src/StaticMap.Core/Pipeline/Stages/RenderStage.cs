using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;
using StaticMap.Core.Rendering;
using StaticMap.Core.Diagnostics.Codes;
using StaticMap.Core.Writing;
using StaticMap.Core.Caching;
using StaticMap.Core.Rendering.Templates;

namespace StaticMap.Core.Pipeline.Stages;

/// <summary>
/// Render: only when the run has a target, no error and a theme. Opens the target's output, copies the static files
/// (and restores the client-side libraries), and renders the pages and downloads: the whole site, or only the plans
/// parsed again (and the pages listing every plan when what they show changed). Cache: the output folders each plan
/// was last written to, whether a change the site-wide pages show has not reached the target yet, and whether anything
/// was written yet (the first write is always whole).
/// </summary>
internal sealed class RenderStage : PipelineStage<ValidateOutput, RenderOutput>
{
    // The output folders each plan's pages were last written to: its own and one per translation ("es/alameda-county"), so
    // the preview replaces them all when the plan changes, also a translation's that is gone.
    private readonly Dictionary<string, IReadOnlyList<string>> _outputFolders = new(StringComparer.Ordinal);
    // Set when a change the site-wide pages show has not reached the target yet (its run had errors).
    private bool _siteWideStale;
    private long _writes;

    public override string Name => StageNames.Render;

    public override RenderOutput? Run(ValidateOutput input, RunContext run)
    {
        var theme = input.Themed.Theme;
        var diagnostics = run.Diagnostics;
        if (run.Target is not { } target || diagnostics.HasErrors || theme is null) return null;
        var change = run.Change;
        var validated = input.Validated;
        var changed = input.Themed.Linked.Filled.Measured.Parsed.Changed;
        run.Full = change.Everything || change.Input || change.Theme || change.PlanSetChanged || _writes == 0;
        var scope = run.Full ? null : changed.ToHashSet(StringComparer.Ordinal);
        // The home page, feed and sitemap show plan.yml and progress reports only; a component's text cannot change them.
        run.SiteWide = run.Full || run.SiteWideChanged || _siteWideStale;
        run.Scope = run.Full ? "everything" : string.Join(", ", changed);

        ISiteOutput? output = null;
        SearchRender? search = null;
        try
        {
            output = target.Open(scope is null ? null : OutputFolders(scope, validated.Site));
            // The search index is built while the site renders, bucket by bucket (docs/performance.md).
            search = scope is null ? (target as OutputFolderTarget)?.StartSearch(output, validated, theme) : null;
            // A build with the cache renders only the plans whose outputs the previous site does not already hold.
            var rendered = scope is null && target is OutputFolderTarget { Cache: { } cache } && output is OutputFolder folder
                ? run.Part(BuildCache.StepName, () => Unchanged(cache, folder, validated, theme))
                : scope;
            var context = validated.RenderContext(rendered, run.SiteWide, theme.Strings);
            // The feed lists every plan's reports: a plan's summaries are taken from the cache under its key (FeedSummaryRecord).
            if (scope is null && target is OutputFolderTarget { Cache: { } kept }) context.FeedSummaries = kept.Feed;
            search?.Expect(context);
            run.Part(StageNames.StaticFiles, () =>
            {
                if (scope is null)
                {
                    StaticFiles.Copy(validated.Layout, theme, context.PlansInScope, output, diagnostics);
                    if (diagnostics.HasErrors) return 0;
                    if (target.TakesLibraries) VendorLibraries.FromEnvironment().Restore(theme, output, diagnostics);
                }
                else
                {
                    foreach (var plan in context.PlansInScope) StaticFiles.CopyPlanFiles(validated.Layout, plan, output, diagnostics);
                }
                return 0;
            });
            if (!diagnostics.HasErrors)
            {
                var timed = run.ObservesSteps ? new Dictionary<string, TimeSpan>() : null;
                // A bucket is indexed once its parts' pages are written (before their files: charts, share cards, the feed);
                // a build lets go of each plan's trees once its parts' pages and files are written (TreeRelease; docs/architecture.md):
                // the files read the narratives too (the feed's summaries).
                var trees = run.Once ? new TreeRelease(context, validated.Site.Plans, BuildPipeline.AfterPlanReleased.Value) : null;
                Action<Plan?>? written = search is null ? null : search.Written;
                Action<Plan?>? done = trees is null ? null : trees.Written;
                run.Pages = ((target as OutputFolderTarget)?.Cache?.ReusedPages ?? 0) + SiteRenderer.Write(context, theme, output, diagnostics, timed is null ? null : (template, elapsed) =>
                {
                    lock (timed) timed[template] = timed.GetValueOrDefault(template) + elapsed;
                }, search is null ? null : search.BucketOf, written, done);
                search?.RenderDone();
                foreach (var (template, elapsed) in timed ?? []) run.Step(Name, template, elapsed);
            }
            if (!diagnostics.HasErrors) return new RenderOutput(theme, output);
        }
        catch (Exception ex) when (Failure(ex, run) is { } failure)
        {
            run.Diagnostics.Add(failure);
        }
        catch
        {
            search?.Abandon();
            (output as IDisposable)?.Dispose();
            throw;
        }
        search?.Abandon();
        (output as IDisposable)?.Dispose();
        return null;
    }

    public override void Completed(RunContext run)
    {
        if (run.Written)
        {
            if (run.SiteWide) _siteWideStale = false;
            else _siteWideStale |= run.SiteWideChanged;
            _writes++;
            // A pipeline run once has let go of its site (and is not run again): nothing to note.
            foreach (var plan in run.Site?.Site.Plans ?? []) _outputFolders[plan.Id] = plan.Translations.Select(t => SiteUrls.Plan(t.Plan).Trim('/')).ToList();
        }
        else
        {
            _siteWideStale |= run.SiteWideChanged;
        }
    }

    /// <summary>The published plans to render: those the build cache cannot take from the previous site (see <see cref="BuildCache"/>).</summary>
    private static IReadOnlySet<string> Unchanged(BuildCache cache, OutputFolder folder, ValidatedSite validated, Theme theme)
    {
        var keys = PlanKeys.Compute(validated.Layout, validated.Site, validated.Options, validated.Links, theme, cache.Hashes);
        cache.Feed.Use(keys);
        var plans = validated.Site.Plans.Where(p => keys.ContainsKey(p.Id)).ToList();
        var folders = plans.ToDictionary(p => p.Id, p => (IReadOnlyList<string>)p.Editions.Select(e => SiteUrls.Plan(e).Trim('/')).ToList(), StringComparer.Ordinal);
        // A plan whose folder is a language's (a plan named "es") shares it with the site-wide pages: always rendered.
        var languages = Editions.Languages(plans, validated.Site.Pages);
        var reusable = keys.Where(k => !languages.Contains(k.Key)).ToDictionary(k => k.Key, k => k.Value, StringComparer.Ordinal);
        var reused = cache.Begin(folder, reusable, folders);
        return plans.Select(p => p.Id).Where(id => !reused.Contains(id)).ToHashSet(StringComparer.Ordinal);
    }

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

    /// <summary>
    /// A write to the output that failed (also on one of the threads rendering in parallel) as MAP082: the disk, not
    /// StaticMap; the system's reason, where. The temporary folder is gone, the previous site intact.
    /// </summary>
    internal static Diagnostic? Failure(Exception ex, RunContext run) =>
        OutputFailure(ex) is { } failure
            ? OutputNotWritable.Instance.Create(run.Target!.Display, failure.Path, SystemErrors.Reason(failure.InnerException!))
            : null;

    private static OutputWriteException? OutputFailure(Exception ex) => ex switch
    {
        OutputWriteException write => write,
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.Select(OutputFailure).FirstOrDefault(f => f is not null),
        _ when ex.InnerException is not null => OutputFailure(ex.InnerException),
        _ => null,
    };
}
