namespace StaticMap.Core.Model;

/// <summary>
/// The element ids a page has, so that a link's "#fragment" can be checked before anything is rendered: the ids of
/// the narrative's headings and footnotes, and the ids the theme writes for that kind of page (all of which start
/// with "sm-"), which the page kinds add when they declare their pages (<see cref="SitePage"/>). Ids the theme makes from
/// data (charts, logic-model groups) are accepted by their prefix.
/// A test compares this with every id of the built pages, so the two cannot drift apart.
/// </summary>
public sealed class PageIds
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _prefixes = [];

    public bool Contains(string id) => _ids.Contains(id) || _prefixes.Any(p => id.StartsWith(p, StringComparison.Ordinal));

    /// <summary>The ids authors are likely to link: the narrative's and the theme's named ones, for suggestions.</summary>
    public IEnumerable<string> Known => _ids;

    public PageIds Add(params IEnumerable<string> ids)
    {
        _ids.UnionWith(ids);
        return this;
    }

    public PageIds AddPrefix(string prefix)
    {
        _prefixes.Add(prefix);
        return this;
    }

    /// <summary>The ids of a narrative, each with <paramref name="prefix"/> (a section's on a page that shows several).</summary>
    public PageIds AddNarrative(MarkdownBody? body, string prefix = "") =>
        body is null ? this : Add(NarrativeIds(body).Select(id => prefix + id));

    /// <summary>The ids a component's partial writes (its view's, Rendering/Components).</summary>
    public PageIds AddPartial(PartialIds partial)
    {
        Add(partial.Ids);
        foreach (var prefix in partial.Prefixes) AddPrefix(prefix);
        return this;
    }

    /// <summary>Heading ids (given when parsed), footnotes ("fn:1") and their references ("fnref:1"), as Markdig writes them:
    /// kept as strings by the body (<see cref="MarkdownBody.NarrativeIds"/>), so a page's ids outlive its tree.</summary>
    public static IEnumerable<string> NarrativeIds(MarkdownBody body) => body.NarrativeIds;
}

/// <summary>The ids a theme partial writes besides the narrative's (all starting "sm-").</summary>
/// <param name="Ids">Ids the partial writes.</param>
/// <param name="Prefixes">Prefixes of the ids it makes from data (a chart, a logic-model group): any id starting with one is accepted.</param>
public sealed record PartialIds(IEnumerable<string> Ids, params IEnumerable<string> Prefixes);
