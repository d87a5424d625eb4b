using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Diagnostics.Codes;

public sealed class InvalidLanguage : Rule
{
    public static readonly InvalidLanguage Instance = new();
    public override string Code => "MAP025";
    public override string Title => "Invalid language tag";
    public override string Stage => "parse";
    public override string Help => "'language' is a BCP 47 tag such as en, es, en-US or zh-Hant; it sets the page's lang attribute for screen readers.";

    public Diagnostic Create(SourceSpan at, string value) =>
        At(at, $"'language' is '{Prose.Shorten(value)}', which is not a BCP 47 language tag; use e.g. en, es or en-US");

    /// <summary>A value as quoted in a message: whole when short, cut when an author (or an attacker) wrote pages of it.</summary>
}
