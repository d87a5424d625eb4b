using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Validation.Rules;

public sealed class CardLayoutInvalid : Rule
{
    public static readonly CardLayoutInvalid Instance = new();
    public override string Code => "MAP095";
    public override string Title => "Share card settings are not valid";
    public override string Stage => "theme";
    public override string Help => "A theme's cards/card.yml sets how share cards and chart images look: colours as \"#rrggbb\", sizes in pixels, and fonts as TrueType or OpenType files in the theme's cards/ folder (docs/theme.md#share-cards). Fix the value the message names.";

    public Diagnostic Create(SourceSpan at, string message) => At(at, message);
}
