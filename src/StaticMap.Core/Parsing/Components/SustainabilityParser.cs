using System.Collections.Immutable;
using StaticMap.Core.Model;
using StaticMap.Core.Diagnostics.Codes;

namespace StaticMap.Core.Parsing.Components;

public sealed class SustainabilityParser : IComponentParser
{
    public ComponentKind Kind => ComponentKind.Sustainability;
    public IReadOnlyList<string> Fields => ["commitments"];
    public IReadOnlyList<string> NameWords => ["sustainab"];
    public static readonly IReadOnlyList<string> CommitmentFields = ["action", "responsible", "resources", "timeline"];

    public Component Parse(ComponentSource source)
    {
        if (source.Body.IsEmpty)
            source.Diagnostics.Add(EmptyBody.Instance.Create(source.ComponentSpan, "sustainability",
                "how the coalition will steward and sustain the plan's actions"));
        var commitments = source.Fields.ListOfMappings("commitments", true,
                "who will sustain which action with what resources", "'- action: ...' then 'responsible:' and 'resources:'")
            .Select(c =>
            {
                c.WarnUnknown(CommitmentFields, "a commitment");
                return new Commitment(
                    c.String("action", true, "the action to sustain") ?? "",
                    c.String("responsible", true, "who is responsible") ?? "",
                    c.String("resources", true, "the resources it needs") ?? "",
                    c.String("timeline", false, "when"));
            })
            .ToImmutableArray();
        return new Sustainability(source.Path, source.Title, source.Body, source.ComponentSpan, commitments);
    }
}
