using StaticMap.Core.Model;
using StaticMap.Core.Parsing.Components;
using StaticMap.Core.Rendering.Components;
using StaticMap.Core.Schemas.Components;

namespace StaticMap.Core.Scaffolding.Components;

/// <summary>
/// StaticMap's five component kinds, each with its parser, schema, view and scaffold: the one list of their parts
/// (Scaffolding is the first layer that sees all four). <c>StaticMapBuilder.UseComponentKinds()</c> registers them;
/// a new kind is one line here and its <see cref="ComponentKind"/> in <see cref="ComponentKinds.All"/>.
/// </summary>
public static class CoreComponentKinds
{
    /// <summary>New descriptors, in the guide's order.</summary>
    public static IReadOnlyList<ComponentDescriptor> Descriptors() =>
    [
        Kind(new HowWeGotHereParser(), new HowWeGotHereSchema(), new HowWeGotHereView(), new HowWeGotHereScaffold()),
        Kind(new FindingsParser(), new FindingsSchema(), new FindingsView(), new FindingsScaffold()),
        Kind(new TheoryOfChangeParser(), new TheoryOfChangeSchema(), new TheoryOfChangeView(), new TheoryOfChangeScaffold()),
        Kind(new MeasurementPlanParser(), new MeasurementPlanSchema(), new MeasurementPlanView(), new MeasurementPlanScaffold()),
        Kind(new SustainabilityParser(), new SustainabilitySchema(), new SustainabilityView(), new SustainabilityScaffold()),
    ];

    /// <summary>A registry of StaticMap's own kinds only, for a caller without a build's registry (<c>staticmap new</c>'s text).</summary>
    public static ComponentRegistry Registry() => new(Descriptors());

    /// <summary>A kind and its parts, each of which names the kind.</summary>
    public static ComponentDescriptor Kind(params IComponentPart[] parts) => new(parts[0].Kind, parts);
}
