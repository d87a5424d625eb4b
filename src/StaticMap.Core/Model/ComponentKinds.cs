namespace StaticMap.Core.Model;

public static class ComponentKinds
{
    /// <summary>The five components in the guide's order.</summary>
    public static readonly IReadOnlyList<ComponentKind> InGuideOrder =
        [ComponentKind.HowWeGotHere, ComponentKind.Findings, ComponentKind.TheoryOfChange, ComponentKind.MeasurementPlan, ComponentKind.Sustainability];

    /// <summary>The value of 'component:' and the page's URL segment, e.g. "measurement-plan".</summary>
    public static string Slug(this ComponentKind kind) => kind switch
    {
        ComponentKind.HowWeGotHere => "how-we-got-here",
        ComponentKind.Findings => "findings",
        ComponentKind.TheoryOfChange => "theory-of-change",
        ComponentKind.MeasurementPlan => "measurement-plan",
        ComponentKind.Sustainability => "sustainability",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a component kind"),
    };

    /// <summary>The section name the guide gives the component (Step 1.4).</summary>
    public static string GuideName(this ComponentKind kind) => kind switch
    {
        ComponentKind.HowWeGotHere => "How we got here",
        ComponentKind.Findings => "Summary of upward mobility findings",
        ComponentKind.TheoryOfChange => "Theory of change and logic model",
        ComponentKind.MeasurementPlan => "Measurement plan",
        ComponentKind.Sustainability => "Sustainability considerations",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a component kind"),
    };
}
