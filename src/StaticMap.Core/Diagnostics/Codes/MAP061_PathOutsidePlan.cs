using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Diagnostics.Codes;

public sealed class PathOutsidePlan : Rule
{
    public static readonly PathOutsidePlan Instance = new();
    public override string Code => "MAP061";
    public override string Title => "Path leaves the plan folder";
    public override string Stage => "parse";
    public override string Help => "File paths in a plan are relative to the plan folder and stay inside it, e.g. 'data/employment.csv' or 'assets/map.png'.";

    public Diagnostic Create(SourceSpan at, string field, string value, string example) =>
        At(at, $"'{field}' is '{Prose.Shorten(value)}', which points outside the plan folder; use a path inside it, like '{example}'");

    public Diagnostic CreateOutsideRepository(SourceSpan at, string what, string value) =>
        At(at, $"the {what} '{Prose.Shorten(value)}' points outside the repository; link to files inside it");

}
