namespace StaticMap.Core.Model;

/// <summary>
/// The identity of one kind of component: what 'component:' says, the guide's name, its place among the components and
/// what "complete" means for it. The rest of a kind is one part per layer, registered by kind in a
/// <see cref="ComponentRegistry"/>: its parser (Parsing), schema (Schemas), view and partial (Rendering) and scaffold text
/// (Scaffolding). Compared by reference: two kinds are the same kind only when they are the same object.
/// </summary>
/// <param name="Slug">The value of 'component:' and the page's URL segment, e.g. "measurement-plan".</param>
/// <param name="GuideName">The section name the guide gives the component (Step 1.4), the page title by default.</param>
/// <param name="Order">Its place in a plan: components are listed, linked and printed in this order.</param>
/// <param name="NarrativeRequired">Whether the component is complete only with a written narrative (the measurement plan
/// and the theory of change may rely on their fields alone).</param>
public sealed class ComponentKind(string slug, string guideName, int order, bool narrativeRequired = true)
{
    public string Slug { get; } = slug;
    public string GuideName { get; } = guideName;
    public int Order { get; } = order;
    public bool NarrativeRequired { get; } = narrativeRequired;

    /// <summary>Complete: the plan has the component, with its narrative written when the kind needs one.</summary>
    public bool IsComplete(Component? component) => component is not null && (!NarrativeRequired || !component.Body.IsEmpty);

    public override string ToString() => Slug;

    public static readonly ComponentKind HowWeGotHere = new("how-we-got-here", "How we got here", 1);
    public static readonly ComponentKind Findings = new("findings", "Summary of upward mobility findings", 2);
    public static readonly ComponentKind TheoryOfChange = new("theory-of-change", "Theory of change and logic model", 3, narrativeRequired: false);
    public static readonly ComponentKind MeasurementPlan = new("measurement-plan", "Measurement plan", 4, narrativeRequired: false);
    public static readonly ComponentKind Sustainability = new("sustainability", "Sustainability considerations", 5);
}

public static class ComponentKinds
{
    /// <summary>The five components of the guide (Step 1.4), in its order: the only list of the kinds StaticMap has.</summary>
    public static readonly IReadOnlyList<ComponentKind> All =
        [ComponentKind.HowWeGotHere, ComponentKind.Findings, ComponentKind.TheoryOfChange, ComponentKind.MeasurementPlan, ComponentKind.Sustainability];
}
