namespace StaticMap.Core.Diagnostics.Codes;

public sealed class TranslationListLength : Rule
{
    public static readonly TranslationListLength Instance = new();
    public override string Code => "MAP049";
    public override string Title => "Translated list of another length than the original's";
    public override string Stage => "parse";
    public override string Help =>
        "Lists without ids (timeline, commitments, coalition, theory-of-change lists) are matched by position: translate every entry, in the original's order, and add or remove entries in the original first.";

    public Diagnostic Create(SourceSpan at, string where, int count, int originalCount, string original) =>
        At(at, $"'{where}' has {Entries(count)} here and {Entries(originalCount)} in {original}; a list without ids is matched by position, so translate each of the {originalCount} entries, in the original's order");

    private static string Entries(int n) => n == 1 ? "1 entry" : $"{n} entries";
}
