using System.Globalization;
using System.Security.Cryptography;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Reading;
using StaticMap.Core.Reading.Yaml;
using StaticMap.Core.Diagnostics.Codes;

namespace StaticMap.Core.Rendering.Cards;

/// <summary>
/// How share cards and chart images look: the theme's <c>cards/card.yml</c> (colours, fonts, sizes) over StaticMap's own,
/// with the fonts it names from the theme's <c>cards/</c> folder, or StaticMap's Atkinson Hyperlegible (SIL Open Font
/// Licence, built into the assembly) when the theme ships none. No system font is ever used: a card looks the same on
/// every machine (docs/theme.md#share-cards).
/// </summary>
public sealed record CardStyle
{
    public string Background { get; init; } = "#ffffff";
    /// <summary>The band at the top of the card: the site header's colour (site.css --brand).</summary>
    public string Band { get; init; } = "#12355b";
    public string BandText { get; init; } = "#ffffff";
    public string Text { get; init; } = "#1b1b1b";
    public string Muted { get; init; } = "#4a4a4a";
    /// <summary>The headline figure and the rule under the title (site.css --link).</summary>
    public string Accent { get; init; } = "#1a5aa6";
    public float BandHeight { get; init; } = 92;
    public float Margin { get; init; } = 64;
    public float TitleSize { get; init; } = 60;
    public float FigureSize { get; init; } = 88;
    public float TextSize { get; init; } = 30;

    /// <summary>The regular and bold font files (TrueType or OpenType).</summary>
    public byte[] RegularFont { get; init; } = BuiltInFont("AtkinsonHyperlegible-Regular.ttf");
    public byte[] BoldFont { get; init; } = BuiltInFont("AtkinsonHyperlegible-Bold.ttf");

    /// <summary>StaticMap's own look, for a render without a theme (a library caller's, a test's).</summary>
    public static readonly CardStyle Default = new();

    /// <summary>A hash of everything that changes how a card is drawn (colours, sizes, fonts), for the image cache.</summary>
    /// <remarks>Computed once per instance and kept beside it, not in a field: a copy made with <c>with</c> is another
    /// instance, so it gets its own (a field would be copied with the original's). Read for every chart and card of a build.</remarks>
    public string Fingerprint => Fingerprints.GetValue(this, static style => style.ComputeFingerprint());

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<CardStyle, string> Fingerprints = new();

    private string ComputeFingerprint() => Hash(string.Join('\n', Background, Band, BandText, Text, Muted, Accent,
        BandHeight.ToString(CultureInfo.InvariantCulture), Margin.ToString(CultureInfo.InvariantCulture),
        TitleSize.ToString(CultureInfo.InvariantCulture), FigureSize.ToString(CultureInfo.InvariantCulture),
        TextSize.ToString(CultureInfo.InvariantCulture), FontHash(RegularFont), FontHash(BoldFont)));

    /// <summary>A hash of the two font files only.</summary>
    public string FontFingerprint => FontHash(RegularFont) + FontHash(BoldFont);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<byte[], string> FontHashes = new();

    private static string FontHash(byte[] font) => FontHashes.GetValue(font, f => Convert.ToHexString(SHA256.HashData(f)));

    internal static string Hash(string text) => Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..32].ToLowerInvariant();

    private static byte[] BuiltInFont(string name)
    {
        using var stream = typeof(CardStyle).Assembly.GetManifestResourceStream("StaticMap.Core.cards." + name)
            ?? throw new InvalidOperationException($"the built-in card font {name} is missing from StaticMap.Core");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static readonly string[] ColourKeys = ["background", "band", "band_text", "text", "muted", "accent"];
    private static readonly string[] SizeKeys = ["band_height", "margin", "title_size", "figure_size", "text_size"];
    private static readonly string[] FontKeys = ["font", "bold_font"];

    /// <summary>The theme's <c>cards/card.yml</c> over the default; every wrong value is MAP095 at the value, and the default stays.</summary>
    /// <param name="folder">The theme's folder (absolute).</param>
    public static CardStyle Load(string folder, string displayFolder, RepositoryFiles files, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(folder, "cards", "card.yml");
        if (!files.IsFile(path)) return Default;
        var display = $"{displayFolder}/cards/card.yml";
        using var opened = files.With(diagnostics).Open(path);
        if (opened is null) return Default;
        var source = TextFileReader.Decode(display, opened.ReadAllBytes(), diagnostics);
        if (source is null) return Default;
        var root = YamlLoader.Load(source.Text, display, 1, diagnostics);
        if (root is not YamlMapping mapping)
        {
            if (root is not null) diagnostics.Add(CardLayoutInvalid.Instance.Create(root.Span, "card.yml is a mapping of settings (background: \"#ffffff\"), not " + root.KindName));
            return Default;
        }
        var style = Default;
        foreach (var entry in mapping.Entries)
        {
            var key = entry.Key.Value;
            if (entry.Value is not YamlScalar { IsNull: false } scalar)
            {
                diagnostics.Add(CardLayoutInvalid.Instance.Create(entry.Value.Span, $"'{key}' takes one value, not {entry.Value.KindName}"));
                continue;
            }
            var value = scalar.Value.Trim();
            if (ColourKeys.Contains(key))
            {
                if (!IsColour(value))
                {
                    diagnostics.Add(CardLayoutInvalid.Instance.Create(scalar.Span, $"'{key}' is a colour written as \"#rrggbb\" (\"#12355b\"), not '{value}'"));
                    continue;
                }
                style = key switch
                {
                    "background" => style with { Background = value },
                    "band" => style with { Band = value },
                    "band_text" => style with { BandText = value },
                    "text" => style with { Text = value },
                    "muted" => style with { Muted = value },
                    _ => style with { Accent = value },
                };
            }
            else if (SizeKeys.Contains(key))
            {
                if (!float.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var size) || size < 0 || size > 400)
                {
                    diagnostics.Add(CardLayoutInvalid.Instance.Create(scalar.Span, $"'{key}' is a size in pixels from 0 to 400 (such as 60), not '{value}'"));
                    continue;
                }
                style = key switch
                {
                    "band_height" => style with { BandHeight = size },
                    "margin" => style with { Margin = size },
                    "title_size" => style with { TitleSize = size },
                    "figure_size" => style with { FigureSize = size },
                    _ => style with { TextSize = size },
                };
            }
            else if (FontKeys.Contains(key))
            {
                var fontPath = Path.GetFullPath(Path.Combine(folder, "cards", value));
                var bytes = fontPath.StartsWith(Path.Combine(folder, "cards") + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                    && files.IsFile(fontPath) ? files.With(diagnostics).ReadAllBytes(fontPath) : null;
                if (bytes is null || !IsFont(bytes))
                {
                    diagnostics.Add(CardLayoutInvalid.Instance.Create(scalar.Span,
                        $"'{key}' names a TrueType or OpenType font file in {displayFolder}/cards/ (fonts/MyFont-Regular.ttf); '{value}' is {(bytes is null ? "not a file there" : "not a font")}"));
                    continue;
                }
                style = key == "font" ? style with { RegularFont = bytes } : style with { BoldFont = bytes };
            }
            else
            {
                var known = ColourKeys.Concat(SizeKeys).Concat(FontKeys).ToList();
                var guess = Spelling.Closest(key, known);
                diagnostics.Add(CardLayoutInvalid.Instance.Create(entry.Key.Span,
                    $"'{key}' is not a card setting{(guess is null ? "" : $"; did you mean '{guess}'?")} (the settings: {string.Join(", ", known)})"));
            }
        }
        return style;
    }

    private static bool IsColour(string value) =>
        value.Length == 7 && value[0] == '#' && value.Skip(1).All(char.IsAsciiHexDigit);

    /// <summary>TrueType (00 01 00 00, 'true') or OpenType ('OTTO') by its first four bytes.</summary>
    private static bool IsFont(byte[] bytes) => bytes.Length > 12 &&
        ((bytes[0] == 0 && bytes[1] == 1 && bytes[2] == 0 && bytes[3] == 0) || (bytes[0] == 'O' && bytes[1] == 'T' && bytes[2] == 'T' && bytes[3] == 'O')
         || (bytes[0] == 't' && bytes[1] == 'r' && bytes[2] == 'u' && bytes[3] == 'e'));
}
