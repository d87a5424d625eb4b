using System.Globalization;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;
using StaticMap.Core.Validation.Rules;

namespace StaticMap.Core.Validation.Release;

/// <summary>Where the site's address comes from, for MAP093: <c>--base-url</c> given to the check, or netlify.toml's build command.</summary>
/// <param name="Given">Whether <c>--base-url</c> was given to <c>check --release</c>.</param>
/// <param name="NetlifyCommand">The line of netlify.toml's build command; null when there is no netlify.toml or no command.</param>
/// <param name="NetlifyHasBaseUrl">Whether that command passes <c>--base-url</c>.</param>
public sealed record BaseUrlSource(bool Given, SourceSpan? NetlifyCommand = null, bool NetlifyHasBaseUrl = false)
{
    public bool Known => Given || NetlifyHasBaseUrl;
}

/// <summary>One heading of the checklist ("Plan alameda-county (draft)", "The whole site") and what it still lacks.</summary>
/// <param name="Notes">Advice the section's diagnostics give that does not block the release (MAP072), in plain words.</param>
public sealed record ReleaseSection(string Heading, IReadOnlyList<string> Items, IReadOnlyList<string>? Notes = null)
{
    public IReadOnlyList<string> Notes { get; init; } = Notes ?? [];
}

/// <param name="Added">The checklist's own diagnostics (MAP091–MAP093), reported with the check's.</param>
public sealed record ReleaseReport(IReadOnlyList<Diagnostic> Added, IReadOnlyList<ReleaseSection> Sections)
{
    public int Missing => Sections.Sum(s => s.Items.Count);
    public bool Ready => Missing == 0;
}

/// <summary>
/// <c>staticmap check --release</c>: what a plan still lacks before <c>status: released</c>, in plain words, from the check's own
/// diagnostics (placeholders MAP090, files without a translation MAP053 and strings MAP085, images without alt text MAP060, other
/// warnings and errors) and three checks of its own: a contact (MAP091), a release date (MAP092), the site's address for share
/// cards (MAP093). docs/deploy.md describes it.
/// </summary>
public static class ReleaseChecklist
{
    private static readonly HashSet<string> Grouped = new(StringComparer.Ordinal)
    {
        PlaceholderText.Instance.Code, "MAP053", "MAP085", "MAP060",
        ReleaseWithoutContact.Instance.Code, ReleaseWithoutDate.Instance.Code, ReleaseWithoutBaseUrl.Instance.Code,
    };

    /// <summary>Advice a plan cannot act on (<see cref="Rule.BlocksRelease"/> false): listed as a note, not counted.</summary>
    private static readonly HashSet<string> Advice = new Rule[] { WeakData.Instance }.Where(r => !r.BlocksRelease).Select(r => r.Code).ToHashSet(StringComparer.Ordinal);

    public static ReleaseReport Evaluate(SiteInput site, IReadOnlyList<Diagnostic> diagnostics, BaseUrlSource baseUrl)
    {
        var added = new List<Diagnostic>();
        var sections = new List<ReleaseSection>();
        var claimed = new HashSet<Diagnostic>();
        foreach (var plan in site.Plans.OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            var folder = plan.Folder.TrimEnd('/') + "/";
            var mine = diagnostics.Where(d => d.Span.Path.StartsWith(folder, StringComparison.Ordinal)).ToList();
            claimed.UnionWith(mine);
            var items = new List<string>();
            var own = new[] { ReleaseWithoutContact.Instance.Check(plan), ReleaseWithoutDate.Instance.Check(plan) }.OfType<Diagnostic>().ToList();
            added.AddRange(own);
            Common(mine, items, "the plan");
            var untranslated = mine.Where(d => d.Code == "MAP053").ToList();
            if (untranslated.Count > 0)
                items.Add($"Translate {Count(untranslated.Count, "file")} into {Languages(plan)} (MAP053, listed above).");
            if (own.Any(d => d.Code == ReleaseWithoutContact.Instance.Code))
                items.Add("Add a contact to plan.yml: a name and an email address or web page (MAP091).");
            if (own.Any(d => d.Code == ReleaseWithoutDate.Instance.Code))
                items.Add("Add the release date to plan.yml, as released: YYYY-MM-DD (MAP092).");
            Rest(mine, items);
            sections.Add(new ReleaseSection($"Plan {plan.Id} ({(plan.IsReleased ? "released" : "draft")})", items, Notes(mine)));
        }

        var siteItems = new List<string>();
        var others = diagnostics.Where(d => !claimed.Contains(d)).ToList();
        if (!baseUrl.Known)
        {
            var d = ReleaseWithoutBaseUrl.Instance.Create(baseUrl.NetlifyCommand ?? new SourceSpan("netlify.toml", 1, 1), baseUrl.NetlifyCommand is not null);
            added.Add(d);
            siteItems.Add("Give the site's address (--base-url https://…): share cards, the sitemap and canonical links need it (MAP093).");
        }
        Common(others, siteItems, "the site pages of input/");
        var strings = others.Where(d => d.Code == "MAP085").ToList();
        if (strings.Count > 0)
            siteItems.Add($"Translate {Count(strings.Count, "missing interface text", "missing interface texts")} in theme/strings (MAP085, listed above).");
        Rest(others, siteItems);
        sections.Add(new ReleaseSection("The whole site", siteItems, Notes(others)));
        return new ReleaseReport(added, sections);
    }

    /// <summary>Placeholders and images without alt text, wherever they are.</summary>
    private static void Common(IReadOnlyList<Diagnostic> diagnostics, List<string> items, string where)
    {
        var placeholders = diagnostics.Count(d => d.Code == PlaceholderText.Instance.Code);
        if (placeholders > 0)
            items.Add($"Write the {Count(placeholders, "placeholder", "placeholders")} ('TODO:') still in {where} (MAP090, listed above).");
        var alt = diagnostics.Count(d => d.Code == "MAP060");
        if (alt > 0)
            items.Add($"Give alt text to {Count(alt, "image")} that {(alt == 1 ? "has" : "have")} none (MAP060, listed above).");
    }

    /// <summary>The errors and the other warnings, counted.</summary>
    private static void Rest(IReadOnlyList<Diagnostic> diagnostics, List<string> items)
    {
        var rest = diagnostics.Where(d => !Grouped.Contains(d.Code) && !Advice.Contains(d.Code)).ToList();
        var errors = rest.Count(d => d.IsError);
        var warnings = rest.Count - errors;
        if (errors > 0) items.Add($"Fix {Count(errors, "error")} (listed above).");
        if (warnings > 0) items.Add($"Resolve {Count(warnings, "other warning")} (listed above).");
    }

    /// <summary>"2 warnings (MAP072, listed above) are advice about Urban's data that no plan can resolve: they do not block the release."</summary>
    private static IReadOnlyList<string> Notes(IReadOnlyList<Diagnostic> diagnostics)
    {
        var advice = diagnostics.Where(d => Advice.Contains(d.Code)).ToList();
        if (advice.Count == 0) return [];
        var codes = string.Join(", ", advice.Select(d => d.Code).Distinct().Order(StringComparer.Ordinal));
        return [$"{Count(advice.Count, "warning")} ({codes}, listed above) {(advice.Count == 1 ? "is" : "are")} advice about Urban's data that no plan can resolve: {(advice.Count == 1 ? "it does" : "they do")} not block the release."];
    }

    private static string Languages(Plan plan)
    {
        var names = plan.Metadata.Translations.Select(t => CultureName(t.Value)).ToList();
        return names.Count switch
        {
            0 => "its other languages",
            1 => names[0],
            _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
        };
    }

    private static string CultureName(string tag)
    {
        try
        {
            return CultureInfo.GetCultureInfo(tag).EnglishName is { Length: > 0 } name && !name.StartsWith("Unknown", StringComparison.Ordinal) ? name : tag;
        }
        catch (CultureNotFoundException)
        {
            return tag;
        }
    }

    private static string Count(int n, string one, string? many = null) =>
        n.ToString("#,0", CultureInfo.GetCultureInfo("en-US")) + " " + (n == 1 ? one : many ?? one + "s");
}
