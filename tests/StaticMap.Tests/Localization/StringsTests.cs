using StaticMap.Core.Reading;
using StaticMap.Core.Localization;
using StaticMap.Core.Rendering.Templates;
using Xunit;

namespace StaticMap.Tests.Localization;

public class StringsTests
{
    private static StringCatalog Catalog(string en, string es)
    {
        var problems = new List<StringsFileReader.Problem>();
        var catalog = new StringCatalog(new Dictionary<string, IReadOnlyDictionary<string, StringEntry>>
        {
            ["en"] = StringsFileReader.Parse(en, "strings.yml", new StaticMap.Core.Diagnostics.DiagnosticBag(), problems),
            ["es"] = StringsFileReader.Parse(es, "strings.yml", new StaticMap.Core.Diagnostics.DiagnosticBag(), problems),
        });
        Assert.Empty(problems);
        return catalog;
    }

    [Theory]
    [InlineData("en", 1, "one")]
    [InlineData("en", 0, "other")]
    [InlineData("en", 2, "other")]
    [InlineData("es", 1, "one")]
    [InlineData("es", 0, "other")]
    [InlineData("es", 1_000_000, "many")]
    [InlineData("es-US", 2_000_000, "many")]
    [InlineData("es", 1_500_000, "other")]
    public void Plural_categories_follow_CLDR(string language, int count, string category) =>
        Assert.Equal(category, PluralRules.Category(language, count));

    [Fact]
    public void Plural_texts_pick_the_form_and_write_the_count_in_the_culture()
    {
        var catalog = Catalog(
            "language: { culture: en-US }\nitems:\n  one: '{count} indicator'\n  other: '{count} indicators'\n",
            "language: { culture: es-US }\nitems:\n  one: '{count} indicador'\n  many: '{count} de indicadores'\n  other: '{count} indicadores'\n");
        Assert.Equal("1 indicator", catalog.For("en").Plural("items", 1));
        Assert.Equal("1,200 indicators", catalog.For("en").Plural("items", 1200));
        Assert.Equal("1 indicador", catalog.For("es").Plural("items", 1));
        Assert.Equal("3 indicadores", catalog.For("es").Plural("items", 3));
        Assert.Equal("1,000,000 de indicadores", catalog.For("es").Plural("items", 1_000_000));
    }

    [Fact]
    public void A_missing_key_falls_back_to_English_and_is_listed()
    {
        var catalog = Catalog("nav:\n  home: Home\n  search: Search\n", "nav:\n  home: Inicio\n");
        Assert.Equal("Inicio", catalog.For("es").Text("nav.home"));
        Assert.Equal("Search", catalog.For("es").Text("nav.search"));
        Assert.Equal("Inicio", catalog.For("es-MX").Text("nav.home"));
        Assert.Equal(["nav.search"], catalog.MissingKeys("es"));
        Assert.Empty(catalog.MissingKeys("en"));
    }

    [Fact]
    public void Placeholders_are_filled_by_name_and_unknown_ones_kept()
    {
        Assert.Equal("3 of 5 {other}", UiStrings.Fill("{count} of {total} {other}", [("count", 3), ("total", 5)]));
    }

    [Fact]
    public void The_shipped_Spanish_strings_have_every_English_key()
    {
        var catalog = Theme.DefaultStrings;
        Assert.Empty(catalog.MissingKeys("es"));
        Assert.Equal("Español", catalog.For("es").Name);
        Assert.Equal("es-US", catalog.For("es").Culture.Name);
    }

    [Fact]
    public void A_list_in_a_strings_file_is_a_problem_with_its_position()
    {
        var problems = new List<StringsFileReader.Problem>();
        StringsFileReader.Parse("nav:\n  home:\n    - Home\n", "strings.yml", new StaticMap.Core.Diagnostics.DiagnosticBag(), problems);
        var problem = Assert.Single(problems);
        Assert.Equal((3, 5), (problem.At.Line, problem.At.Column));
        Assert.Equal("'nav.home' must be a text or a mapping of texts, not a list", problem.Message);
    }
}
