using System.Collections.Immutable;
using StaticMap.Core.Model;
using StaticMap.Core.Diagnostics.Codes;

namespace StaticMap.Core.Parsing.Components;

public sealed class HowWeGotHereParser : IComponentParser
{
    public ComponentKind Kind => ComponentKind.HowWeGotHere;
    public IReadOnlyList<string> Fields => ["timeline"];
    public static readonly IReadOnlyList<string> TimelineFields = ["date", "event"];

    public Component Parse(ComponentSource source)
    {
        var f = source.Fields;
        if (source.Body.IsEmpty)
            source.Diagnostics.Add(EmptyBody.Instance.Create(source.ComponentSpan, "how-we-got-here",
                "why the jurisdiction took on the work, who was involved and the steps taken"));
        var timeline = f.ListOfMappings("timeline", false, "timeline events", "'- date: 2021-06' then 'event: Coalition formed'")
            .Select(e =>
            {
                e.WarnUnknown(TimelineFields, "a timeline event");
                var date = e.String("date", true, "when it happened, e.g. 2021-06") ?? "";
                if (TimelineDates.IsDateLike(date) && TimelineDates.Iso(date) is null)
                    source.Diagnostics.Add(InvalidDate.Instance.CreateTimelineDate(e.ValueSpan("date"), e.PathOf("date"), date));
                return new TimelineEvent(date, e.String("event", true, "what happened") ?? "");
            })
            .ToImmutableArray();
        return new HowWeGotHere(source.Path, source.Title, source.Body, source.ComponentSpan, timeline);
    }
}
