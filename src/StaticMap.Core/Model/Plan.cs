using System.Collections.Immutable;
using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Model;

/// <summary>One Mobility Action Plan: its metadata, the five components and its annual progress reports.</summary>
/// <param name="Id">The folder name under plans/, which is also the URL segment.</param>
/// <param name="Folder">Repository-relative folder, e.g. "plans/alameda-county".</param>
/// <param name="Assets">Plan-relative paths of the files under assets/, e.g. "assets/map.png".</param>
/// <param name="DataFiles">Plan-relative paths of the CSV files under data/, e.g. "data/jobs.csv".</param>
public sealed record Plan(
    string Id,
    string Folder,
    PlanMetadata Metadata,
    ImmutableArray<Component> Components,
    ImmutableArray<ProgressReport> Progress,
    ImmutableArray<string> Assets,
    ImmutableArray<string> DataFiles)
{
    /// <summary>
    /// The YAML of the plan's files as written (plan.yml, the front matter of every component file and progress report,
    /// also of a file that did not become a component or report), for the rules over text values.
    /// </summary>
    public ImmutableArray<YamlText> Yaml { get; init; } = [];

    public T? Get<T>() where T : Component => Components.OfType<T>().FirstOrDefault();

    public HowWeGotHere? HowWeGotHere => Get<HowWeGotHere>();
    public Findings? Findings => Get<Findings>();
    public TheoryOfChange? TheoryOfChange => Get<TheoryOfChange>();
    public MeasurementPlan? MeasurementPlan => Get<MeasurementPlan>();

    /// <summary>The measurement plan's indicators by id (<see cref="Model.MeasurementPlan.IndicatorsById"/>); none without one.</summary>
    public IReadOnlyDictionary<string, Indicator> IndicatorsById =>
        MeasurementPlan?.IndicatorsById ?? ImmutableDictionary<string, Indicator>.Empty;
    public Sustainability? Sustainability => Get<Sustainability>();

    public bool IsReleased => Metadata.Status == PlanStatus.Released;

    /// <summary>
    /// The plan in each language of plan.yml's <c>translations</c>, in that order: the same plan (id, folder, data,
    /// assets, every non-text field) with the text of its translation files (docs/translations.md). Empty for a
    /// plan in one language, and on a translation itself.
    /// </summary>
    public ImmutableArray<PlanTranslation> Translations { get; init; } = [];

    /// <summary>The main language when this plan is one of another's <see cref="Translations"/>; null for the plan as written.</summary>
    public string? TranslationOf { get; init; }

    /// <summary>This plan and its translations: every language the plan is published in, the main language first.</summary>
    public IEnumerable<Plan> Editions => Translations.Select(t => t.Plan).Prepend(this);
}

/// <summary>One translation of a plan.</summary>
/// <param name="Language">The BCP 47 tag, as written in plan.yml's <c>translations</c>, e.g. "es".</param>
/// <param name="Plan">The plan in that language; <c>Plan.Metadata.Language</c> is <paramref name="Language"/>.</param>
/// <param name="Untranslated">Repository-relative paths of the original files (components, progress reports) that have no
/// translation: their pages are published in the main language, marked with its lang, with a notice.</param>
public sealed record PlanTranslation(string Language, Plan Plan, ImmutableArray<string> Untranslated);

public enum PlanStatus { Draft, Released }

public enum JurisdictionType { County, City }

/// <summary>The guide's actors (Step 1.3).</summary>
public enum Sector { Government, Community, Nonprofit, Advocacy, Philanthropy, Research, Anchor, Private }

/// <summary>The fields of plan.yml.</summary>
public sealed record PlanMetadata(
    string Title,
    Jurisdiction Jurisdiction,
    PlanStatus Status,
    DateOnly? Released,
    string Summary,
    ImmutableArray<CoalitionMember> Coalition,
    ImmutableArray<Located<string>> Peers,
    string Language,
    Contact? Contact,
    bool IsExample,
    SourceSpan Span,
    SourceSpan StatusSpan)
{
    /// <summary>plan.yml's <c>translations</c>: the other languages the plan is published in, where each was written.</summary>
    public ImmutableArray<Located<string>> Translations { get; init; } = [];
}

public sealed record Jurisdiction(string Name, JurisdictionType Type, string State, string Fips, SourceSpan FipsSpan);

public sealed record CoalitionMember(string Name, Sector Sector, string? Role)
{
    /// <summary>On a translation's pages, the language of the member's name (plan.&lt;lang&gt;.yml translates only roles, so a
    /// name is always in the plan's main language); null on the main language's pages.</summary>
    public string? NameLanguage { get; init; }

    /// <summary>On a translation's pages, the main language when the role was left untranslated; null when it is in the page's.</summary>
    public string? RoleLanguage { get; init; }
}

public sealed record Contact(string? Name, string? Email, string? Url);

/// <summary>A value with the position it was written at, for diagnostics that point back at it.</summary>
public readonly record struct Located<T>(T Value, SourceSpan Span);
