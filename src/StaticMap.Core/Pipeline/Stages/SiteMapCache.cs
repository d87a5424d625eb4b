using StaticMap.Core.Model;
using StaticMap.Core.Rendering;
using StaticMap.Core.Rendering.Pages;

namespace StaticMap.Core.Pipeline.Stages;

/// <summary>
/// The links stage's table of pages (<see cref="SiteRenderer.Map"/>) kept between runs of a pipeline (the preview), so an
/// edit of one plan declares that plan's pages again, not the 16,000 pages of a 1,000-plan site. A plan's pages are taken
/// from the previous run when the plan is the same object (the data values stage keeps a plan's filled copy while neither
/// its files nor Urban's data changed); the site-wide kinds (<see cref="ISiteWide"/>: home, site pages, search) are
/// declared from the whole site on every run, as they read every plan's languages. The table is the one a full
/// declaration gives, page for page and in the same order: each kind's pages in the order of the site's plans.
/// </summary>
/// <remarks>
/// This holds for a kind that declares each plan's pages from that plan alone (every kind StaticMap has, through
/// <c>Declarations.PlanEditions</c>). A kind that is not site-wide and declares a page of no plan, or of a plan it was not
/// given, turns this off for the pipeline's life: every run then declares the whole site, as before.
/// </remarks>
internal sealed class SiteMapCache
{
    // Per plan id: the plan object its pages were declared from, and its pages per page kind (in the registry's order).
    private readonly Dictionary<string, (Plan Plan, List<SitePage>[] ByKind)> _plans = new(StringComparer.Ordinal);
    private bool _off;
    // The number of pages of the last table, to size the next one.
    private int _pages;

    public SiteMap Map(SiteInput site, StaticMapRegistry registry)
    {
        var kinds = registry.PageKinds.OrderBy(k => k.Order).ToList();
        // Two plans of one id (not a site that builds) are left to the full declaration, as is everything after a kind broke the rule.
        if (_off || site.Plans.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count() != site.Plans.Length)
            return SiteRenderer.Map(site, kinds, registry.Components);
        var stale = site.Plans.Where(p => !(_plans.TryGetValue(p.Id, out var kept) && ReferenceEquals(kept.Plan, p))).ToList();
        if (stale.Count > 0 && !Declare(site, stale, kinds, registry.Components))
        {
            _off = true;
            _plans.Clear();
            return SiteRenderer.Map(site, kinds, registry.Components);
        }
        if (_plans.Count > site.Plans.Length)
        {
            var ids = site.Plans.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var gone in _plans.Keys.Where(id => !ids.Contains(id)).ToList()) _plans.Remove(gone);
        }
        var pages = new List<SitePage>(_pages + 64);
        pages.AddRange(Pages(site, kinds, registry.Components));
        _pages = pages.Count;
        return new SiteMap(pages);
    }

    /// <summary>Lets go of the kept pages (a build's pipeline, before its commit).</summary>
    public void Clear() => _plans.Clear();

    private IEnumerable<SitePage> Pages(SiteInput site, List<IPageKind> kinds, ComponentRegistry components)
    {
        for (var k = 0; k < kinds.Count; k++)
        {
            if (kinds[k] is ISiteWide)
            {
                foreach (var page in kinds[k].Declare(site, components)) yield return page;
                continue;
            }
            foreach (var plan in site.Plans)
                foreach (var page in _plans[plan.Id].ByKind[k]) yield return page;
        }
    }

    /// <summary>Declares the pages of <paramref name="plans"/> (the plans not declared from this object before); false when a kind
    /// declares pages that are not of the plans it was given.</summary>
    private bool Declare(SiteInput site, List<Plan> plans, List<IPageKind> kinds, ComponentRegistry components)
    {
        var some = site with { Plans = [.. plans] };
        var declared = plans.ToDictionary(p => p.Id, p => (Plan: p, ByKind: kinds.Select(_ => new List<SitePage>()).ToArray()), StringComparer.Ordinal);
        for (var k = 0; k < kinds.Count; k++)
        {
            if (kinds[k] is ISiteWide) continue;
            foreach (var page in kinds[k].Declare(some, components))
            {
                if (page.PlanId is not { } id || !declared.TryGetValue(id, out var plan)) return false;
                plan.ByKind[k].Add(page);
            }
        }
        foreach (var (id, plan) in declared) _plans[id] = plan;
        return true;
    }
}
