namespace StaticMap.Core.Parsing.Translations;

/// <summary>Which fields of the front matter a translation writes in its own language, and which it copies (the contract's
/// "Translations (optional)").</summary>
public static class TranslatableFields
{
    /// <summary>Fields whose text is translated, when their value is text or a list of texts. ('timeline' is the text of a
    /// commitment's timeline, "2025–2027"; the how-we-got-here timeline is a list of entries and is matched by position.)</summary>
    public static readonly IReadOnlySet<string> Text = new HashSet<string>(StringComparer.Ordinal)
    {
        "title", "takeaway", "label", "unit", "text", "vision", "preconditions", "outcomes", "assumptions", "name", "source",
        "responsible", "note", "action", "resources", "event", "timeline", "summary", "role",
    };

    /// <summary>Fields that are not text: a translation may leave them out (they are taken from the original) and, where it
    /// writes them, must write them as the original does. Lists and mappings of entries are among them: their entries are
    /// matched to the original's.</summary>
    public static readonly IReadOnlySet<string> NotText = new HashSet<string>(StringComparer.Ordinal)
    {
        "component", "year", "id", "metric", "file", "measures", "frequency", "direction", "pillar", "subgroups", "compare",
        "value", "date", "status", "disaggregate_by", "baseline", "target", "indicator", "metrics", "indicators", "updates",
        "commitments", "theory_of_change", "logic_model", "inputs", "activities", "outputs", "short_term", "intermediate",
        "long_term", "timeline", "outcomes", "sector", "jurisdiction", "released", "peers", "language", "translations",
        "contact", "example", "email", "url",
    };
}
