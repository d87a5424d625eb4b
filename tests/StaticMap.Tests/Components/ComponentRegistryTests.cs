using StaticMap.Core.Model;
using StaticMap.Core.Parsing;
using StaticMap.Core.Rendering.Components;
using StaticMap.Core.Scaffolding.Components;
using StaticMap.Core.Schemas.Components;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Components;

/// <summary>
/// A component kind is one descriptor in one registry (docs/architecture.md): every kind has a part in every layer that
/// handles components, and a kind the registry does not hold is an error wherever it is asked for, never another kind.
/// </summary>
public class ComponentRegistryTests
{
    [Fact]
    public void The_default_registry_holds_the_five_components_of_the_guide_in_its_order()
    {
        Assert.Equal(ComponentKinds.All, TestRegistry.Components.Kinds);
        Assert.Equal(["how-we-got-here", "findings", "theory-of-change", "measurement-plan", "sustainability"], TestRegistry.Components.Slugs);
    }

    [Fact]
    public void Every_kind_has_a_parser_a_schema_a_view_with_its_partial_and_a_scaffold()
    {
        var missing = new List<string>();
        foreach (var kind in TestRegistry.Components.Kinds)
        {
            if (!TestRegistry.Components.Has<IComponentParser>(kind)) missing.Add($"{kind.Slug}: no IComponentParser in Parsing/Components/");
            if (!TestRegistry.Components.Has<IComponentSchema>(kind)) missing.Add($"{kind.Slug}: no IComponentSchema in Schemas/Components/");
            if (!TestRegistry.Components.Has<IComponentScaffold>(kind)) missing.Add($"{kind.Slug}: no IComponentScaffold in Scaffolding/Components/");
            if (!TestRegistry.Components.Has<IComponentView>(kind)) missing.Add($"{kind.Slug}: no IComponentView in Rendering/Components/");
            else if (TestRegistry.Components.Part<IComponentView>(kind).Partial is var partial && !File.Exists(Path.Combine(TestSite.ThemeFolder, partial)))
                missing.Add($"{kind.Slug}: no theme/{partial}");
        }
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Fact]
    public void A_kind_outside_the_registry_is_an_error_not_a_default()
    {
        var error = Assert.Throws<InvalidOperationException>(() => TestRegistry.Components.Part<IComponentView>(Glossary.Kind));
        Assert.Equal("the component kind 'glossary' is not in this registry", error.Message);
        Assert.False(TestRegistry.Components.TryFind("glossary", out _));
    }

    [Fact]
    public void A_descriptor_without_a_part_is_an_error_when_the_part_is_asked_for()
    {
        var registry = new ComponentRegistry([new ComponentDescriptor(Glossary.Kind, [new GlossaryParser()])]);
        var error = Assert.Throws<InvalidOperationException>(() => registry.Part<IComponentView>(Glossary.Kind));
        Assert.Equal("the component kind 'glossary' has no IComponentView; add one to its descriptor", error.Message);
    }

    [Fact]
    public void A_registry_refuses_two_kinds_with_one_slug_and_a_part_of_another_kind()
    {
        var twin = new ComponentKind("Findings", "Findings again", 7);
        Assert.Equal("two component kinds have the slug 'findings' (Parameter 'descriptors')",
            Assert.Throws<ArgumentException>(() => TestRegistry.Components.With(new ComponentDescriptor(twin, []))).Message);
        Assert.Equal("GlossaryView is a part of 'glossary', not of 'findings' (Parameter 'descriptors')",
            Assert.Throws<ArgumentException>(() => new ComponentRegistry([new ComponentDescriptor(ComponentKind.Findings, [new GlossaryView()])])).Message);
    }

    [Fact]
    public void A_file_naming_a_kind_the_build_does_not_know_is_MAP022_with_the_kinds_it_knows()
    {
        using var site = TestSite.Valid();
        site.Write(TestSite.Plan + "/glossary.md", "---\ncomponent: glossary\n---\n\nTerms.\n");
        var diagnostic = Assert.Single(site.Check(), d => d.Code == "MAP022");
        Assert.Equal(TestSite.Plan + "/glossary.md", diagnostic.Span.Path);
        Assert.Equal((2, 12), (diagnostic.Span.Line, diagnostic.Span.Column));
        Assert.Equal("'component: glossary' is not one of the five MAP components; use one of: how-we-got-here, findings, theory-of-change, measurement-plan, sustainability",
            diagnostic.Message);
    }
}
