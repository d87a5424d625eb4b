using System.Collections.Concurrent;
using System.Collections.Immutable;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Localization;
using StaticMap.Core.Model;
using Markdig.Syntax;
using StaticMap.Core.Reading;

namespace StaticMap.Core.Parsing;

/// <summary>Parses every plan (in parallel) and the site-wide pages of input/.</summary>
public static class SiteParser
{
    /// <param name="components">The component kinds to know (the build's registry's).</param>
    public static SiteInput Parse(RepositoryLayout layout, DiagnosticBag diagnostics, ComponentRegistry components)
    {
        var plans = new ConcurrentBag<Plan>();
        Parallel.ForEach(layout.Plans, files => plans.Add(PlanParser.Parse(layout, files, diagnostics, components)));
        var (pages, yaml) = ParsePages(layout, diagnostics);
        return new SiteInput(layout.Root,
            plans.OrderBy(p => p.Id, StringComparer.Ordinal).ToImmutableArray(),
            pages, layout.InputAssets) { PageYaml = yaml };
    }

    public static readonly IReadOnlyList<string> PageFields = ["title", "description"];

    /// <summary>The site-wide pages of input/, in file order, and their front matter as written.</summary>
    public static (ImmutableArray<ContentPage> Pages, ImmutableArray<YamlText> Yaml) ParsePages(RepositoryLayout layout, DiagnosticBag diagnostics)
    {
        // In parallel, in file order: Parallel.For into an array, not PLINQ's ordered merge (its generic code is compiled
        // at run time in every new process: docs/performance.md, "Start-up").
        var parsed = new (ContentPage? Page, List<YamlText> Yaml)[layout.InputPages.Length];
        Parallel.For(0, parsed.Length, i =>
        {
            var yaml = new List<YamlText>(1);
            parsed[i] = (ParsePage(layout, layout.InputPages[i], diagnostics, yaml), yaml);
        });
        var pages = parsed.Select(p => p.Page).OfType<ContentPage>().ToList();
        // The footer links the accessibility statement on every page: without input/accessibility.md, StaticMap's own.
        if (!pages.Any(p => p.Slug == AccessibilitySlug && p.Language is null)) pages.Add(DefaultAccessibility());
        return (pages.ToImmutableArray(), parsed.SelectMany(p => p.Yaml).ToImmutableArray());
    }

    private const string AccessibilitySlug = "accessibility";

    /// <summary>The default accessibility statement (theme/pages/accessibility.md, built into StaticMap): what every page
    /// StaticMap writes does, no claim about the publisher's own testing, and no contact but the plans' coalitions.</summary>
    public static ContentPage DefaultAccessibility()
    {
        using var stream = typeof(SiteParser).Assembly.GetManifestResourceStream("StaticMap.Core.pages.accessibility.md")
                           ?? throw new InvalidOperationException("StaticMap.Core was built without its default accessibility statement");
        using var reader = new StreamReader(stream);
        const string path = "input/accessibility.md";
        return new ContentPage(path, AccessibilitySlug, "Accessibility statement",
            "What every page of this site does for accessibility, and how to report a barrier.",
            MarkdownParser.Parse(path, reader.ReadToEnd(), 1)) { IsDefault = true };
    }

    private static ContentPage? ParsePage(RepositoryLayout layout, string path, DiagnosticBag diagnostics, List<YamlText> yaml)
    {
        var file = FrontMatterFile.Load(layout, path, "'title:'", diagnostics, yaml, optional: true);
        if (file is null) return null;
        file.Fields.WarnUnknown(PageFields, "a site page");
        // input/about.es.md is about.md in Spanish: the same slug, with its language.
        var translated = LanguageTags.TrySplitFileName(Path.GetFileName(path), out var original, out var language);
        var name = Path.GetFileNameWithoutExtension(translated ? original : path).ToLowerInvariant();
        var slug = name == "index" ? "" : Ids.Suggest(name);
        var title = file.Fields.String("title", false, "the page title") ?? FirstHeading(file.Body) ?? TitleFromName(name);
        var description = file.Fields.String("description", false, "a one-sentence description");
        return new ContentPage(path, slug, title, description, file.Body) { Language = translated ? language : null };
    }

    private static string? FirstHeading(MarkdownBody body) =>
        body.Read(document => document.Descendants<HeadingBlock>().FirstOrDefault()?.Inline?.FirstChild?.ToString());

    private static string TitleFromName(string name) =>
        name.Length == 0 ? "Home" : char.ToUpperInvariant(name[0]) + name[1..].Replace('-', ' ');
}
