using System.Collections.Frozen;
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

    /// <summary>One parser per component kind; a new component kind is one new <see cref="IComponentParser"/>.</summary>
    public static readonly FrozenDictionary<ComponentKind, IComponentParser> ComponentParsers =
        Discovery.All<IComponentParser>().ToFrozenDictionary(p => p.Kind);

    /// <summary>
    /// What a component file's front matter should start with, for MAP007: the component its file name or first
    /// heading names ("findings.md", "# Theory of change"), else the five values to choose from.
    /// </summary>
    public static string ComponentExample(string path, string text)
    {
        var kind = GuessComponent(System.IO.Path.GetFileNameWithoutExtension(path)) ?? GuessComponent(FirstHeading(text));
        return kind is { } k
            ? $"'component: {k.Slug()}'"
            : "'component:' and one of " + string.Join(", ", ComponentKinds.InGuideOrder.Select(c => c.Slug()));
    }

    /// <summary>What a progress report's front matter should hold, for MAP007: its year from the file name when it is one.</summary>
    public static string ProgressExample(string path)
    {
        var name = System.IO.Path.GetFileNameWithoutExtension(path);
        var year = name.Length == 4 && name.All(char.IsAsciiDigit) ? name : "2024";
        return $"'year: {year}' and 'updates:'";
    }

    private static readonly (string Word, ComponentKind Kind)[] ComponentWords =
    [
        ("how-we-got-here", ComponentKind.HowWeGotHere), ("findings", ComponentKind.Findings),
        ("theory-of-change", ComponentKind.TheoryOfChange), ("logic-model", ComponentKind.TheoryOfChange),
        ("measurement", ComponentKind.MeasurementPlan), ("sustainab", ComponentKind.Sustainability),
    ];

    /// <summary>The component a name speaks of first ("02-findings", "Our theory of change"), if any.</summary>
    private static ComponentKind? GuessComponent(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var words = new string(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
        while (words.Contains("--", StringComparison.Ordinal)) words = words.Replace("--", "-");
        return ComponentWords.Select(w => (w.Kind, At: words.IndexOf(w.Word, StringComparison.Ordinal)))
            .Where(m => m.At >= 0).OrderBy(m => m.At).Select(m => (ComponentKind?)m.Kind).FirstOrDefault();
    }

    /// <summary>The text of the first ATX heading ("# Findings"), if the file has one.</summary>
    private static string? FirstHeading(string text) =>
        text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith('#') && l.TrimStart('#').StartsWith(' '))?.TrimStart('#').Trim();

    public static Plan Parse(RepositoryLayout layout, PlanFiles files, DiagnosticBag diagnostics)
    {
        if (!Ids.IsKebabCase(files.Id))
            diagnostics.Add(InvalidPlanId.Instance.Create(files.Folder, files.Id, Ids.Suggest(files.Id)));

        var metadata = ParseMetadata(layout, files, diagnostics);
        var componentYaml = new Dictionary<ComponentKind, YamlMapping>();
        var (components, unreadable) = ParseComponents(layout, files, componentYaml, diagnostics);
        if (unreadable == 0)
        {
            foreach (var kind in ComponentKinds.InGuideOrder.Where(k => components.All(c => c.Kind != k)))
                diagnostics.Add(ComponentMissing.Instance.Create(files.Folder, kind.Slug(), kind.GuideName()));
        }

        var progressYaml = new Dictionary<int, YamlMapping>();
        var reports = new List<ProgressReport>();
        foreach (var path in files.ProgressFiles)
        {
            if (FrontMatterFile.Load(layout, path, ProgressExample(path), diagnostics) is not { } file) continue;
            if (ProgressReportParser.Parse(file) is not { } report) continue;
            reports.Add(report);
            progressYaml.TryAdd(report.Year, file.Fields.Yaml);
        }
        var progress = reports.OrderBy(r => r.Year).ToImmutableArray();

        var plan = new Plan(files.Id, files.Folder, metadata,
            components.OrderBy(c => c.Kind).ToImmutableArray(), progress,
            PlanRelative(files, files.AssetFiles), PlanRelative(files, files.DataFiles));
        if (plan.Metadata.Translations.IsEmpty && files.Translations.IsEmpty) return plan;
        return plan with
        {
            Translations = TranslationBuilder.Build(layout, files, plan, new OriginalFrontMatter(componentYaml, progressYaml), diagnostics),
        };
    }

    private static ImmutableArray<string> PlanRelative(PlanFiles files, ImmutableArray<string> paths) =>
        paths.Select(p => p[(files.Folder.Length + 1)..]).ToImmutableArray();

    private static PlanMetadata ParseMetadata(RepositoryLayout layout, PlanFiles files, DiagnosticBag diagnostics)
    {
        if (files.PlanYml is null)
        {
            var hasYamlSpelling = new RepositoryFiles(layout.Root).IsFile(layout.FullPath(files.Folder + "/plan.yaml"));
            diagnostics.Add(PlanFileMissing.Instance.Create(files.Folder, hasYamlSpelling));
        }
        var fields = files.PlanYml is null ? null
            : FrontMatterFile.LoadYaml(layout, files.PlanYml, "'title:', 'jurisdiction:', 'status:', 'summary:' and 'coalition:'", diagnostics);
        if (fields is not null) return PlanFileParser.Parse(fields);
        var file = SourceSpan.File(files.Folder + "/plan.yml");
        return new PlanMetadata(files.Id, new Jurisdiction("", JurisdictionType.County, "", "", file), PlanStatus.Draft, null,
            "", [], [], "en", null, false, file, file);
    }

    private static (List<Component> Components, int Unreadable) ParseComponents(
        RepositoryLayout layout, PlanFiles files, Dictionary<ComponentKind, YamlMapping> yaml, DiagnosticBag diagnostics)
    {
        var components = new List<Component>();
        var unreadable = 0;
        foreach (var path in files.ComponentFiles)
        {
            var file = FrontMatterFile.Load(layout, path, text => ComponentExample(path, text), diagnostics);
            if (file is null) { unreadable++; continue; }
            var f = file.Fields;
            var word = f.String("component", true,
                "which MAP component this file is: how-we-got-here, findings, theory-of-change, measurement-plan or sustainability");
            if (word is null) { unreadable++; continue; }
            if (!Vocabularies.Component.TryParse(word, out var kind))
            {
                diagnostics.Add(UnknownComponent.Instance.Create(f.ValueSpan("component"), word, Vocabularies.Component.Words));
                unreadable++;
                continue;
            }
            var parser = ComponentParsers[kind];
            f.WarnUnknown([.. CommonComponentFields, .. parser.Fields], $"the {kind.Slug()} component");
            var first = components.FirstOrDefault(c => c.Kind == kind);
            if (first is not null)
            {
                diagnostics.Add(ComponentDuplicated.Instance.Create(f.ValueSpan("component"), kind.Slug(), first.Path));
                continue;
            }
            components.Add(parser.Parse(new ComponentSource(path, f, file.Body, f.ValueSpan("component"))));
            yaml[kind] = f.Yaml;
        }
        return (components, unreadable);
    }
}
