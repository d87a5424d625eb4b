namespace StaticMap.Core.Diagnostics.Codes;

public sealed class TranslationFieldDiffers : Rule
{
    public static readonly TranslationFieldDiffers Instance = new();
    public override string Code => "MAP048";
    public override string Title => "Translation changes a field that is not text";
    public override string Stage => "parse";
    public override string Help =>
        "Only text is translated; ids, metrics, files, values, years, dates, statuses and the like are taken from the original. Leave the field out of the translation, or write it exactly as in the original.";

    public Diagnostic Create(SourceSpan at, string where, string value, string originalValue, string original) =>
        At(at, $"'{where}' is '{Prose.Shorten(value, 60)}' here but '{Prose.Shorten(originalValue, 60)}' in {original}; it is not text to translate, so leave it out (it is taken from the original) or write '{Prose.Shorten(originalValue, 60)}'");

    public Diagnostic CreateAbsent(SourceSpan at, string where, string original) =>
        At(at, $"'{where}' is not in {original}, and a translation cannot add a field that is not text; remove it here, or add it to {original} first");

    public Diagnostic CreateShape(SourceSpan at, string where, string written, string expected, string original) =>
        At(at, $"'{where}' is {written} here but {expected} in {original}; write it as in the original, or leave it out (it is taken from the original)");

}
