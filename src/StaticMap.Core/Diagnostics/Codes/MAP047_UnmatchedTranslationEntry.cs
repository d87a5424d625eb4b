namespace StaticMap.Core.Diagnostics.Codes;

public sealed class UnmatchedTranslationEntry : Rule
{
    public static readonly UnmatchedTranslationEntry Instance = new();
    public override string Code => "MAP047";
    public override string Title => "Translation entry that matches nothing in the original";
    public override string Stage => "parse";
    public override string Help =>
        "An entry of a translation is matched to the original's by 'id' (logic-model items, indicators), 'indicator' (progress updates) or 'metric'/'file' (findings metrics): give it the id, indicator, metric or file of the entry it translates, or remove it.";

    /// <param name="key">"id", "indicator", "metric" or "file".</param>
    public Diagnostic CreateNoMatch(SourceSpan at, string where, string key, string value, string original) =>
        At(at, $"'{where}' translates the entry with {key} '{value}', which {original} does not have; write the {key} of the original entry it translates, or remove this entry");

    /// <param name="keys">"'id'" or "'metric' or 'file'".</param>
    public Diagnostic CreateNoKey(SourceSpan at, string where, string keys, string original) =>
        At(at, $"'{where}' has no {keys}, so it matches no entry of {original}; add the {keys} of the entry it translates (that field is copied, not translated)");

    public Diagnostic CreateTwice(SourceSpan at, string where, string key, string value, int firstLine) =>
        At(at, $"'{where}' translates the entry with {key} '{value}' a second time (it is already translated on line {firstLine}); keep one of the two");
}
