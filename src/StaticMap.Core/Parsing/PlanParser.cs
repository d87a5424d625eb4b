using System.Collections.Immutable;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;
using StaticMap.Core.Reading;
using StaticMap.Core.Diagnostics.Codes;
using StaticMap.Core.Parsing.Translations;
using StaticMap.Core.Reading.Yaml;

namespace StaticMap.Core.Parsing;

/// <summary>Parses one plan folder: plan.yml, the component files and the progress reports.</summary>
public static class PlanParser
{
    /// <summary>Front matter fields every component file may have.</summary>
    public static readonly IReadOnlyList<string> CommonComponentFields = ["component", "title"];

    /// <summary>
    /// What a component file's front matter should start with, for MAP007: the component its file name or first
    /// heading names ("findings.md", "# Theory of change"), else the values to choose from.
    /// </summary>
    public static string ComponentExample(string path, string text, ComponentRegistry registry)
    {
        var kind = GuessComponent(registry, System.IO.Path.GetFileNameWithoutExtension(path)) ?? GuessComponent(registry, FirstHeading(text));
        return kind is { } k
            ? $"'component: {k.Slug}'"
            : "'component:' and one of " + string.Join(", ", registry.Slugs);
    }

    /// <summary>What a progress report's front matter should hold, for MAP007: its year from the file name when it is one.</summary>
    public static string ProgressExample(string path)
    {
        var name = System.IO.Path.GetFileNameWithoutExtension(path);
        var year = name.Length == 4 && name.All(char.IsAsciiDigit) ? name : "2024";
        return $"'year: {year}' and 'updates:'";
    }

    /// <summary>The component a name speaks of first ("02-findings", "Our theory of change"), if any: see <see cref="IComponentParser.NameWords"/>.</summary>
    private static ComponentKind? GuessComponent(ComponentRegistry registry, string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var words = new string(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
        while (words.Contains("--", StringComparison.Ordinal)) words = words.Replace("--", "-");
        return registry.Kinds.SelectMany(k => registry.Part<IComponentParser>(k).NameWords.Select(w => (Kind: k, Word: w)))
            .Select(w => (w.Kind, At: words.IndexOf(w.Word, StringComparison.Ordinal)))
            .Where(m => m.At >= 0).OrderBy(m => m.At).Select(m => m.Kind).FirstOrDefault();
    }

    /// <summary>The text of the first ATX heading ("# Findings"), if the file has one.</summary>
    private static string? FirstHeading(string text) =>
        text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith('#') && l.TrimStart('#').StartsWith(' '))?.TrimStart('#').Trim();

    /// <param name="registry">The component kinds to know (the build's registry's).</param>
    /// <param name="records">The build cache's records of narratives and YAML texts parsed before (<see cref="ParseRecords"/>), or null to parse every text.</param>
    public static Plan Parse(RepositoryLayout layout, PlanFiles files, DiagnosticBag diagnostics, ComponentRegistry registry, ParseRecords? records = null)
    {
        var started = ParseProbe.Start();
        if (!Ids.IsKebabCase(files.Id))
            diagnostics.Add(InvalidPlanId.Instance.Create(files.Folder, files.Id, Ids.Suggest(files.Id)));

        var yaml = new List<YamlText>();
        var metadata = ParseMetadata(layout, files, diagnostics, yaml, records);
        var componentYaml = new Dictionary<ComponentKind, YamlMapping>();
        var (components, unreadable) = ParseComponents(layout, files, diagnostics, registry, yaml, componentYaml, records);
        if (unreadable == 0)
        {
            foreach (var kind in registry.Kinds.Where(k => components.All(c => c.Kind != k)))
                diagnostics.Add(ComponentMissing.Instance.Create(files.Folder, kind.Slug, kind.GuideName));
        }

        var progressYaml = new Dictionary<int, YamlMapping>();
        var reports = new List<ProgressReport>();
        var units = ProgressReportParser.Units(components);
        foreach (var path in files.ProgressFiles)
        {
            if (FrontMatterFile.Load(layout, path, ProgressExample(path), diagnostics, yaml, records: records) is not { } file) continue;
            if (ProgressReportParser.Parse(file, files.ProgressFiles, units) is not { } report) continue;
            reports.Add(report);
            progressYaml.TryAdd(report.Year, file.Fields.Yaml);
        }
        var progress = reports.OrderBy(r => r.Year).ToImmutableArray();

        var plan = new Plan(files.Id, files.Folder, metadata,
            components.OrderBy(c => c.Kind.Order).ToImmutableArray(), progress,
            PlanRelative(files, files.AssetFiles), PlanRelative(files, files.DataFiles));
        if (!plan.Metadata.Translations.IsEmpty || !files.Translations.IsEmpty)
        {
            var t = ParseProbe.Start();
            plan = plan with { Translations = TranslationBuilder.Build(layout, files, plan, new OriginalFrontMatter(componentYaml, progressYaml), diagnostics, registry, yaml, records) };
            ParseProbe.Stop(ParseProbe.Part.Translations, t);
        }
        ParseProbe.Stop(ParseProbe.Part.Plan, started);
        // The YAML as written of every file, translations included, for the rules that read it (MAP090, MAP051).
        return plan with { Yaml = [.. yaml] };
    }

    private static ImmutableArray<string> PlanRelative(PlanFiles files, ImmutableArray<string> paths) =>
        paths.Select(p => p[(files.Folder.Length + 1)..]).ToImmutableArray();

    private static PlanMetadata ParseMetadata(RepositoryLayout layout, PlanFiles files, DiagnosticBag diagnostics, List<YamlText> yaml, ParseRecords? records)
    {
        if (files.PlanYml is null)
        {
            var hasYamlSpelling = new RepositoryFiles(layout.Root).IsFile(layout.FullPath(files.Folder + "/plan.yaml"));
            diagnostics.Add(PlanFileMissing.Instance.Create(files.Folder, hasYamlSpelling));
        }
        var fields = files.PlanYml is null ? null
            : FrontMatterFile.LoadYaml(layout, files.PlanYml, "'title:', 'jurisdiction:', 'status:', 'summary:' and 'coalition:'", diagnostics, yaml, records);
        if (fields is not null) return PlanFileParser.Parse(fields);
        var file = SourceSpan.File(files.Folder + "/plan.yml");
        return new PlanMetadata(files.Id, new Jurisdiction("", JurisdictionType.County, "", "", file), PlanStatus.Draft, null,
            "", [], [], "en", null, false, file, file);
    }

    private static (List<Component> Components, int Unreadable) ParseComponents(
        RepositoryLayout layout, PlanFiles files, DiagnosticBag diagnostics, ComponentRegistry registry, List<YamlText> yaml,
        Dictionary<ComponentKind, YamlMapping> componentYaml, ParseRecords? records)
    {
        var components = new List<Component>();
        var unreadable = 0;
        foreach (var path in files.ComponentFiles)
        {
            var file = FrontMatterFile.Load(layout, path, text => ComponentExample(path, text, registry), diagnostics, yaml, records: records);
            if (file is null) { unreadable++; continue; }
            var f = file.Fields;
            var word = f.String("component", true, "which MAP component this file is: " + Prose.Either(registry.Slugs));
            if (word is null) { unreadable++; continue; }
            if (!registry.TryFind(word, out var kind))
            {
                diagnostics.Add(UnknownComponent.Instance.Create(f.ValueSpan("component"), word, registry.Slugs));
                unreadable++;
                continue;
            }
            var parser = registry.Part<IComponentParser>(kind);
            f.WarnUnknown([.. CommonComponentFields, .. parser.Fields], $"the {kind.Slug} component");
            var first = components.FirstOrDefault(c => c.Kind == kind);
            if (first is not null)
            {
                diagnostics.Add(ComponentDuplicated.Instance.Create(f.ValueSpan("component"), kind.Slug, first.Path));
                continue;
            }
            components.Add(parser.Parse(new ComponentSource(path, f, file.Body, f.ValueSpan("component"))));
            componentYaml[kind] = f.Yaml;
        }
        return (components, unreadable);
    }
}
