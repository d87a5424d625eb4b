using StaticMap.Core.Model;

namespace StaticMap.Core.Parsing;

/// <summary>The words the contract allows for one field, and the values they stand for.</summary>
/// <remarks>
/// The tables hold the values boxed, not as <typeparamref name="T"/>: .NET's generic code over a value type is compiled
/// per type, and a ReadyToRun image holds none of it over StaticMap's enums, so frozen dictionaries, LINQ and tuples
/// over each of the seven vocabularies' enums were about 200 methods compiled at run time in every new process, before
/// the first plan was read. Over <see cref="object"/> the code is shared and precompiled (docs/performance.md, "Start-up").
/// </remarks>
public sealed class Vocabulary<T> where T : struct
{
    private readonly Dictionary<string, object> _byWord;

    public Vocabulary(params (string Word, T Value)[] words) : this(words, [])
    {
    }

    /// <param name="aliases">Other spellings accepted silently (the guide's own names for pillars).</param>
    public Vocabulary((string Word, T Value)[] words, (string Alias, T Value)[] aliases)
    {
        var list = new string[words.Length];
        var wordOf = new Dictionary<object, string>(words.Length);
        _byWord = new Dictionary<string, object>(words.Length + aliases.Length, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < words.Length; i++)
        {
            list[i] = words[i].Word;
            object value = words[i].Value;
            _byWord[words[i].Word] = value;
            wordOf[value] = words[i].Word;
        }
        for (var i = 0; i < aliases.Length; i++) _byWord[aliases[i].Alias] = aliases[i].Value;
        Words = list;
        WordOf = new WordTable(wordOf);
    }

    /// <summary>The allowed words, in the contract's order, for messages and schemas.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The contract's word for a value: <c>WordOf[value]</c>.</summary>
    public WordTable WordOf { get; }

    public bool TryParse(string word, out T value)
    {
        if (_byWord.TryGetValue(word.Trim(), out var boxed))
        {
            value = (T)boxed;
            return true;
        }
        value = default;
        return false;
    }

    /// <summary>The word of each value.</summary>
    public sealed class WordTable
    {
        private readonly Dictionary<object, string> _words;

        internal WordTable(Dictionary<object, string> words) => _words = words;

        /// <exception cref="KeyNotFoundException">The value has no word (not one of the vocabulary's).</exception>
        public string this[T value] => _words[value];
    }
}

/// <summary>Every enumerated vocabulary of the authoring contract.</summary>
public static class Vocabularies
{
    public static readonly Vocabulary<PlanStatus> Status = new(("draft", PlanStatus.Draft), ("released", PlanStatus.Released));

    public static readonly Vocabulary<JurisdictionType> JurisdictionType = new(
        ("county", Model.JurisdictionType.County), ("city", Model.JurisdictionType.City));

    public static readonly Vocabulary<Sector> Sector = new(
        ("government", Model.Sector.Government), ("community", Model.Sector.Community),
        ("nonprofit", Model.Sector.Nonprofit), ("advocacy", Model.Sector.Advocacy),
        ("philanthropy", Model.Sector.Philanthropy), ("research", Model.Sector.Research),
        ("anchor", Model.Sector.Anchor), ("private", Model.Sector.Private));

    public static readonly Vocabulary<Frequency> Frequency = new(
        ("monthly", Model.Frequency.Monthly), ("quarterly", Model.Frequency.Quarterly),
        ("annual", Model.Frequency.Annual), ("biennial", Model.Frequency.Biennial));

    public static readonly Vocabulary<Direction> Direction = new(
        ("increase", Model.Direction.Increase), ("decrease", Model.Direction.Decrease), ("maintain", Model.Direction.Maintain));

    public static readonly Vocabulary<ProgressStatus> ProgressStatus = new(
        ("not-started", Model.ProgressStatus.NotStarted), ("on-track", Model.ProgressStatus.OnTrack),
        ("at-risk", Model.ProgressStatus.AtRisk), ("off-track", Model.ProgressStatus.OffTrack),
        ("achieved", Model.ProgressStatus.Achieved));

    public static readonly Vocabulary<Pillar> Pillar = new(
        [
            ("opportunity-rich-and-inclusive-neighborhoods", Model.Pillar.OpportunityRichAndInclusiveNeighborhoods),
            ("high-quality-education", Model.Pillar.HighQualityEducation),
            ("rewarding-work", Model.Pillar.RewardingWork),
            ("healthy-environment-and-access-to-good-health-care", Model.Pillar.HealthyEnvironmentAndAccessToGoodHealthCare),
            ("responsive-and-just-governance", Model.Pillar.ResponsiveAndJustGovernance),
        ],
        [
            ("Opportunity-rich and inclusive neighborhoods", Model.Pillar.OpportunityRichAndInclusiveNeighborhoods),
            ("High-quality education", Model.Pillar.HighQualityEducation),
            ("Rewarding work", Model.Pillar.RewardingWork),
            ("Healthy environment and access to good health care", Model.Pillar.HealthyEnvironmentAndAccessToGoodHealthCare),
            ("Responsive and just governance", Model.Pillar.ResponsiveAndJustGovernance),
        ]);

    /// <summary>The guide's name of a pillar, for pages.</summary>
    public static string PillarName(Model.Pillar pillar) => pillar switch
    {
        Model.Pillar.OpportunityRichAndInclusiveNeighborhoods => "Opportunity-rich and inclusive neighborhoods",
        Model.Pillar.HighQualityEducation => "High-quality education",
        Model.Pillar.RewardingWork => "Rewarding work",
        Model.Pillar.HealthyEnvironmentAndAccessToGoodHealthCare => "Healthy environment and access to good health care",
        _ => "Responsive and just governance",
    };
}
