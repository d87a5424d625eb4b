using System.Collections.Immutable;
using System.Text.Json.Nodes;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;
using StaticMap.Core.Pipeline;
using StaticMap.Core.Parsing;
using StaticMap.Core.Rendering;
using StaticMap.Core.Rendering.Components;
using StaticMap.Core.Scaffolding;
using StaticMap.Core.Scaffolding.Components;
using StaticMap.Core.Schemas;
using StaticMap.Core.Schemas.Components;
using static StaticMap.Core.Schemas.SchemaBuilder;

namespace StaticMap.Tests.Components;

/// <summary>
/// A component kind StaticMap does not have, defined here the way docs/architecture.md says to add one: its identity and
/// one part per layer, gathered in one descriptor. A glossary: terms and what they mean.
/// </summary>
public static class Glossary
{
    public static readonly ComponentKind Kind = new("glossary", "Glossary of terms", 6);

    public static readonly ComponentDescriptor Descriptor =
        new(Kind, [new GlossaryParser(), new GlossarySchema(), new GlossaryView(), new GlossaryScaffold()]);

    /// <summary>StaticMap's registry with the glossary added, as code outside StaticMap.Core adds a component kind.</summary>
    public static StaticMapRegistry Site => StaticMapBuilder.Default().AddComponentKind(Descriptor).Build();

    /// <summary>StaticMap's kinds and the glossary.</summary>
    public static ComponentRegistry Registry => Site.Components;

    /// <summary>The partial the glossary's view names, for a theme to hold.</summary>
    public const string Partial = """
        <div class="prose">
        {{ component.body }}
        </div>
        <dl class="glossary">
        {{~ for term in component.details.terms ~}}
          <dt>{{ term.term }}</dt><dd>{{ term.meaning }}</dd>
        {{~ end ~}}
        </dl>
        """;
}

public sealed record GlossaryComponent(string Path, string? Title, MarkdownBody Body, SourceSpan ComponentSpan,
    ImmutableArray<GlossaryTerm> Terms) : Component(Path, Title, Body, ComponentSpan)
{
    public override ComponentKind Kind => Glossary.Kind;

    // The partial writes no id of its own.
}

public sealed record GlossaryTerm(string Term, string Meaning);

public sealed class GlossaryParser : IComponentParser
{
    public ComponentKind Kind => Glossary.Kind;
    public IReadOnlyList<string> Fields => ["terms"];
    public static readonly IReadOnlyList<string> TermFields = ["term", "meaning"];

    public Component Parse(ComponentSource source)
    {
        var terms = source.Fields.ListOfMappings("terms", true, "the glossary's terms", "'- term: Upward mobility' then 'meaning: ...'")
            .Select(t =>
            {
                t.WarnUnknown(TermFields, "a glossary term");
                return new GlossaryTerm(t.String("term", true, "the term") ?? "", t.String("meaning", true, "what the term means") ?? "");
            })
            .ToImmutableArray();
        return new GlossaryComponent(source.Path, source.Title, source.Body, source.ComponentSpan, terms);
    }
}

public sealed class GlossarySchema : IComponentSchema
{
    public ComponentKind Kind => Glossary.Kind;
    public IReadOnlyList<string> RequiredFields => ["terms"];

    public Dictionary<string, JsonObject> Fields(SchemaBuilder b, JsonObject definitions)
    {
        var term = b.Object("a glossary term", GlossaryParser.TermFields, new Dictionary<string, JsonObject>
        {
            ["term"] = Text("The term.", required: true),
            ["meaning"] = Text("What it means, in plain language.", required: true),
        }, ["term", "meaning"]);
        return new() { ["terms"] = List("The terms the plan uses, each with its meaning.", term, required: true) };
    }
}

public sealed record GlossaryPage(IReadOnlyList<GlossaryTerm> Terms);

public sealed class GlossaryView : IComponentView
{
    public ComponentKind Kind => Glossary.Kind;

    public object Build(Plan plan, Component component, RenderContext context) => new GlossaryPage(((GlossaryComponent)component).Terms);

    public PartialIds Ids(Component component) => new([]);

    public IEnumerable<(string Key, JsonNode? Value)> Data(Component component)
    {
        yield return ("terms", new JsonArray(((GlossaryComponent)component).Terms
            .Select(t => (JsonNode)new JsonObject { ["term"] = t.Term, ["meaning"] = t.Meaning }).ToArray()));
    }
}

public sealed class GlossaryScaffold : IComponentScaffold
{
    public ComponentKind Kind => Glossary.Kind;

    public string Text(NewPlan plan) => """
        ---
        component: glossary
        terms:
          - term: "TODO: a term the plan uses"
            meaning: "TODO: what it means"
        ---

        TODO: Say why these terms matter to the plan.

        """;
}
