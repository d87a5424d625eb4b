using StaticMap.Core.Localization;
using StaticMap.Core.Rendering.Templates;
using StaticMap.Tests.Support;
using Xunit;

namespace StaticMap.Tests.Localization;

/// <summary>
/// A theme's strings file that is byte for byte StaticMap's own for its language (the shipped theme, a copied theme not
/// yet edited) is parsed once: StaticMap's own copy of that language is not parsed under it (docs/performance.md,
/// "Start-up"). The words a page gets must be exactly those of a theme whose files differ and are laid over StaticMap's own.
/// </summary>
public class ThemeStringsCopyTests
{
    private static readonly string Shipped = Path.Combine(TestSite.ThemeFolder, "strings");

    private static StringCatalog Load(TestSite site, string theme, out IReadOnlyDictionary<string, string> files)
    {
        var diagnostics = new Core.Diagnostics.DiagnosticBag();
        var catalog = Theme.LoadStrings(Path.Combine(site.ReadRoot, theme), theme, new Core.Reading.RepositoryFiles(site.ReadRoot), diagnostics, out files);
        Assert.Empty(diagnostics.ToSortedList());
        return catalog;
    }

    [Fact]
    public void Copies_of_StaticMaps_own_strings_give_the_same_words_as_edited_files_laid_over_StaticMaps_own()
    {
        var en = File.ReadAllText(Path.Combine(Shipped, "en.yml"));
        var es = File.ReadAllText(Path.Combine(Shipped, "es.yml"));
        using var site = TestSite.Valid()
            .Write("copy/strings/en.yml", en).Write("copy/strings/es.yml", es)
            // Not byte for byte StaticMap's own: StaticMap's own is parsed and these laid over it.
            .Write("edited/strings/en.yml", en + "\n# edited\n").Write("edited/strings/es.yml", es + "\n# edited\n");

        var copy = Load(site, "copy", out var copyFiles);
        var edited = Load(site, "edited", out _);

        Assert.Equal(["en", "es"], copy.Languages.Order(StringComparer.Ordinal));
        Assert.Equal("copy/strings/es.yml", copyFiles["es"]);
        foreach (var language in new[] { "en", "es" })
        {
            var keys = edited.For(language).Keys.Order(StringComparer.Ordinal).ToList();
            Assert.True(keys.Count > 100, $"{language}: {keys.Count} keys");
            Assert.Equal(keys, copy.For(language).Keys.Order(StringComparer.Ordinal));
            foreach (var key in keys) Assert.Equal(edited.For(language).TextOrNull(key), copy.For(language).TextOrNull(key));
        }
        Assert.Equal("Inicio", copy.For("es").Text("nav.home"));
        Assert.Empty(copy.MissingKeys("es"));
    }

    [Fact]
    public void A_key_removed_from_an_edited_copy_still_comes_from_StaticMaps_own_file_of_that_language()
    {
        var es = File.ReadAllText(Path.Combine(Shipped, "es.yml"));
        Assert.Contains("\n  home: Inicio\n", es);
        using var site = TestSite.Valid()
            .Write("trimmed/strings/en.yml", File.ReadAllText(Path.Combine(Shipped, "en.yml")))
            .Write("trimmed/strings/es.yml", es.Replace("\n  home: Inicio\n", "\n", StringComparison.Ordinal));

        var catalog = Load(site, "trimmed", out _);

        // From StaticMap's own es.yml, not English's "Home".
        Assert.Equal("Inicio", catalog.For("es").Text("nav.home"));
        Assert.Empty(catalog.MissingKeys("es"));
    }
}
