using System.Text.Json.Nodes;
using StaticMap.Core.Model;
using static StaticMap.Core.Rendering.Files.PlanJson;

namespace StaticMap.Core.Rendering.Components;

public sealed record TimelineView(IReadOnlyList<TimelineEntry> Timeline);

/// <param name="Iso">A machine-readable date for &lt;time datetime&gt; when the date is one; else null.</param>
/// <param name="DateLang">The language of a date written in words that a translation left as the original wrote it
/// ("Fall 2022" on a Spanish page); null when it is in the page's language.</param>
public sealed record TimelineEntry(string Date, string? Iso, string Event, string? DateLang = null);

public sealed class HowWeGotHereView : IComponentView
{
    public ComponentKind Kind => ComponentKind.HowWeGotHere;

    public PartialIds Ids(Component component) => new(["sm-timeline-heading"]);

    public object Build(Plan plan, Component component, RenderContext context)
    {
        var c = (HowWeGotHere)component;
        var t = context.Text(plan.Metadata.Language);
        // A translation that gives no date of its own keeps the original's words: they keep the original's language.
        var main = context.MainOf(plan);
        var original = main != plan && component.TextLanguage is null ? main.Get<HowWeGotHere>()?.Timeline : null;
        return new TimelineView(c.Timeline.Select((e, i) => IsoOrNull(e.Date) is { } iso
            ? new TimelineEntry(Views.Formatting.IsoAsWords(iso, t), iso, e.Event)
            : new TimelineEntry(e.Date, null, e.Event,
                original is not null && i < original.Value.Length && original.Value[i].Date == e.Date ? main.Metadata.Language : null)).ToList());
    }

    /// <summary>"2021", "2021-06" and "2021-06-15" are valid datetime values; "Spring 2021" is not.</summary>
    private static string? IsoOrNull(string date) => Parsing.TimelineDates.Iso(date);

    public IEnumerable<(string Key, JsonNode? Value)> Data(Component component)
    {
        var h = (HowWeGotHere)component;
        yield return ("timeline", Array(h.Timeline.Select(e => new JsonObject { ["date"] = e.Date, ["event"] = e.Event })));
    }
}
