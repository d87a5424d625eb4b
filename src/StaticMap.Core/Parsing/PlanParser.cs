using System.Collections.Frozen;
using System.Collections.Immutable;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;
using StaticMap.Core.Reading;
using StaticMap.Core.Validation.Rules;

namespace StaticMap.Core.Parsing;

/// <summary>Parses one plan folder: plan.yml, the component files and the progress reports.</summary>
public static class PlanParser
{
    /// <summary>Front matter fields every component file may have.</summary>
    public static readonly IReadOnlyList<string> CommonComponentFields = ["component", "title"];

    /// <summary>One parser per component kind; a new component kind is one new <see cref="IComponentParser"/>.</summary>
    public static readonly FrozenDictionary<ComponentKind, IComponentParser> ComponentParsers =
        typeof(IComponentParser).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IComponentParser).IsAssignableFrom(t))
            .Select(t => (IComponentParser)Activator.CreateInstance(t)!)
            .ToFrozenDictionary(p => p.Kind);

    private const string ComponentExample = "'component: findings' (one of how-we-got-here, findings, theory-of-change, measurement-plan, sustainability)";

    public static Plan Parse(RepositoryLayout layout, PlanFiles files, DiagnosticBag diagnostics)
    {
        if (!Ids.IsKebabCase(files.Id))
            diagnostics.Add(InvalidPlanId.Instance.Create(files.Folder, files.Id, Ids.Suggest(files.Id)));

        var metadata = ParseMetadata(layout, files, diagnostics);
        var (components, unreadable) = ParseComponents(layout, files, diagnostics);
        if (unreadable == 0)
        {
            foreach (var kind in ComponentKinds.InGuideOrder.Where(k => components.All(c => c.Kind != k)))
                diagnostics.Add(ComponentMissing.Instance.Create(files.Folder, kind.Slug(), kind.GuideName()));
        }

        var progress = files.ProgressFiles
            .Select(p => FrontMatterFile.Load(layout, p, "'year: 2024' and 'updates:'", diagnostics))
            .Where(f => f is not null)
            .Select(f => ProgressReportParser.Parse(f!))
            .OfType<ProgressReport>()
            .OrderBy(r => r.Year)
            .ToImmutableArray();

        return new Plan(files.Id, files.Folder, metadata,
            components.OrderBy(c => c.Kind).ToImmutableArray(), progress,
            PlanRelative(files, files.AssetFiles), PlanRelative(files, files.DataFiles));
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
        RepositoryLayout layout, PlanFiles files, DiagnosticBag diagnostics)
    {
        var components = new List<Component>();
        var unreadable = 0;
        foreach (var path in files.ComponentFiles)
        {
            var file = FrontMatterFile.Load(layout, path, ComponentExample, diagnostics);
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
        }
        return (components, unreadable);
    }
}
