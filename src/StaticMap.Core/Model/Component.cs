using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Model;

/// <summary>One component file: front matter fields plus the Markdown narrative. Its kind is a <see cref="ComponentKind"/> (Model/ComponentKinds.cs).</summary>
/// <param name="Path">Repository-relative path of the file.</param>
/// <param name="Title">The title the author wrote (front matter 'title'); null when the file has none, and the pages then show
/// the kind's name in their own language (Rendering/Views/Formatting.ComponentTitle).</param>
/// <param name="ComponentSpan">Where 'component:' was written.</param>
public abstract record Component(string Path, string? Title, MarkdownBody Body, SourceSpan ComponentSpan)
{
    public abstract ComponentKind Kind { get; }

    /// <summary>The language the text is written in when it differs from its plan's: an untranslated component shown in a
    /// translation keeps the main language, and its page marks it with that lang. Null: the plan's language.</summary>
    public string? TextLanguage { get; init; }
}

public sealed record HowWeGotHere(string Path, string? Title, MarkdownBody Body, SourceSpan ComponentSpan,
    ImmutableArray<TimelineEvent> Timeline) : Component(Path, Title, Body, ComponentSpan)
{
    public override ComponentKind Kind => ComponentKind.HowWeGotHere;
}

/// <param name="Date">As written: a full date, a month ("2021-06") or a year.</param>
public sealed record TimelineEvent(string Date, string Event);

public sealed record Findings(string Path, string? Title, MarkdownBody Body, SourceSpan ComponentSpan,
    ImmutableArray<MetricReference> Metrics) : Component(Path, Title, Body, ComponentSpan)
{
    public override ComponentKind Kind => ComponentKind.Findings;
}

/// <summary>One entry of the findings' 'metrics' list: an Urban Mobility Metric or a local CSV.</summary>
public sealed record MetricReference(
    Located<string>? Metric,
    Located<string>? File,
    string? Label,
    string? Unit,
    ImmutableArray<string> Subgroups,
    bool ComparePeers,
    string? Takeaway,
    SourceSpan Span)
{
    public bool IsLocal => File is not null;

    /// <summary>The language <see cref="Takeaway"/> is written in when it differs from its findings': a translation that leaves
    /// the entry or its takeaway out (or copies it) shows the original's (English on a Spanish page, marked lang="en"); null: the
    /// findings'.</summary>
    public string? TakeawayLanguage { get; init; }

    /// <summary>As <see cref="TakeawayLanguage"/>, for a local CSV's <see cref="Label"/>, the chart's title.</summary>
    public string? LabelLanguage { get; init; }

    /// <summary>As <see cref="TakeawayLanguage"/>, for a local CSV's <see cref="Unit"/> when its words are written after the
    /// numbers ("98,500 people"; money and percent are signs, written in the page's own way).</summary>
    public string? UnitLanguage { get; init; }

    /// <summary>A stable key for the chart and its download: the metric variable, or the CSV file name.</summary>
    public string Key => Metric?.Value ?? System.IO.Path.GetFileNameWithoutExtension(File?.Value ?? "metric");
}

public sealed record TheoryOfChange(string Path, string? Title, MarkdownBody Body, SourceSpan ComponentSpan,
    string Vision,
    TheoryOfChangeStatement? Statement,
    LogicModel? LogicModel) : Component(Path, Title, Body, ComponentSpan)
{
    public override ComponentKind Kind => ComponentKind.TheoryOfChange;

    /// <summary>The language <see cref="Vision"/> is written in when it differs from the component's: a translation that leaves
    /// it out (or copies it) shows the original's, marked lang="en" on a Spanish page; null: the component's.</summary>
    public string? VisionLanguage { get; init; }
}

public sealed record TheoryOfChangeStatement(
    ImmutableArray<string> Preconditions,
    ImmutableArray<string> Outcomes,
    ImmutableArray<string> Assumptions)
{
    /// <summary>The items a translation left in the original's language (its list left out, or an item copied as it is):
    /// their text, in <see cref="UntranslatedLanguage"/> (English on a Spanish page, marked lang="en"); empty: every item is in
    /// the theory of change's language.</summary>
    public ImmutableHashSet<string> Untranslated { get; init; } = [];

    /// <summary>The language of the <see cref="Untranslated"/> items.</summary>
    public string? UntranslatedLanguage { get; init; }

    /// <summary>The language of <paramref name="item"/> when it is not the theory of change's; null when it is.</summary>
    public string? LanguageOf(string item) => Untranslated.Contains(item) ? UntranslatedLanguage : null;
}

public sealed record MeasurementPlan(string Path, string? Title, MarkdownBody Body, SourceSpan ComponentSpan,
    ImmutableArray<Indicator> Indicators) : Component(Path, Title, Body, ComponentSpan)
{
    public override ComponentKind Kind => ComponentKind.MeasurementPlan;

    /// <summary>
    /// The indicators by id (an id written twice, MAP030, is its first indicator's), made once per measurement plan and kept
    /// while it lives: a progress update names its indicator by id, and the rules, the values from the data, the progress
    /// pages, the feed's "what changed" and plan.json look it up. Kept beside the record, not in it, so that a copy
    /// (<c>with</c>, the plan as filled in from the data) has its own and equality is the record's fields alone.
    /// </summary>
    public IReadOnlyDictionary<string, Indicator> IndicatorsById =>
        ById.GetValue(this, static plan => plan.Indicators.DistinctBy(i => i.Id).ToDictionary(i => i.Id, StringComparer.Ordinal));

    private static readonly ConditionalWeakTable<MeasurementPlan, IReadOnlyDictionary<string, Indicator>> ById = new();
}

public sealed record Sustainability(string Path, string? Title, MarkdownBody Body, SourceSpan ComponentSpan,
    ImmutableArray<Commitment> Commitments) : Component(Path, Title, Body, ComponentSpan)
{
    public override ComponentKind Kind => ComponentKind.Sustainability;
}

public sealed record Commitment(string Action, string Responsible, string Resources, string? Timeline);
