using StaticMap.Core.Reading;
using AngleSharp.Html.Parser;
using StaticMap.Core.Localization;
using StaticMap.Core.Metrics;
using StaticMap.Core.Model;
using StaticMap.Core.Rendering.Charts;
using StaticMap.Core.Rendering.Templates;
using StaticMap.Core.Rendering.Views;
using StaticMap.Tests.Support;
using Xunit;

namespace StaticMap.Tests.Localization;

/// <summary>
/// The text the site computes, in the page's language: the same real series told in English and in Spanish, dates and
/// numbers in the page's culture (es-US), plural forms, a whole plan with <c>language: es</c>, and MAP085.
/// </summary>
public class PageLanguageTests
{
    private static readonly UiStrings En = Theme.DefaultStrings.For("en");
    private static readonly UiStrings Es = Theme.DefaultStrings.For("es");

    private static ChartSeries Series(string label, params (int Year, double? Value)[] points) =>
        new(label, points.Select(p => new ChartPoint(p.Year, p.Value, null, null, DataQuality.Strong)).ToList(), ChartPalette.For(0));

    /// <summary>Alameda (06001), share_affordable_available_30_ami, Urban Institute Mobility Metrics: 0.32 → 0.41 (2019) → 0.32.</summary>
    private static readonly (int, double?)[] AlamedaAffordable =
    [
        (2014, 0.3181844117311423), (2015, 0.31500146587543093), (2016, 0.35839562549082343), (2017, 0.3264415063856764),
        (2018, 0.3430452787972758), (2019, 0.4090987876189347), (2021, 0.3883369442310514), (2022, 0.34722870107289766),
        (2023, 0.32205660146200027),
    ];

    /// <summary>Alameda, employment by race and ethnicity (share_employed, ages 25–54), 2018 and 2021.</summary>
    private static ChartSeries[] AlamedaEmployment(UiStrings text) =>
    [
        Group("Black, Non-Hispanic", text, (2018, 0.723742044619459), (2021, 0.7485292223128784)),
        Group("Hispanic", text, (2018, 0.800377234104893), (2021, 0.8051919236742845)),
        Group("White, Non-Hispanic", text, (2018, 0.8450034259210457), (2021, 0.8403504389738466)),
    ];

    /// <summary>A group as the findings draw it: its label in the legend and table, named as people in sentences.</summary>
    private static ChartSeries Group(string label, UiStrings text, params (int Year, double? Value)[] points) =>
        Series(Formatting.Subgroup(label, text), points) with { InSentence = Formatting.SubgroupPeople(label, text) };

    [Fact]
    public void The_same_series_is_one_whole_sentence_in_each_language()
    {
        var place = "Alameda County, California";
        var english = ChartFormat.From(ValueFormat.Ratio, "affordable and available units per household", En);
        var spanish = ChartFormat.From(ValueFormat.Ratio, "affordable and available units per household", Es);
        // A series that turned three times (reader3, 2026-12-07: "rose … to a peak of 41 in 2019" hid a fall from 36 to 33).
        Assert.Equal("In Alameda County, California, it went up and down from 32 per 100 households in 2014 to 32 in 2023, changing direction three times, with a high of 41 in 2019.",
            ChartSummaries.Trend(Series(place, AlamedaAffordable), [], english));
        Assert.Equal("En Alameda County, California, pasó, con altibajos, de 32 por cada 100 hogares en 2014 a 32 en 2023, con tres cambios de dirección y un máximo de 41 en 2019.",
            ChartSummaries.Trend(Series(place, AlamedaAffordable), [], spanish));
    }

    [Fact]
    public void Groups_and_gaps_are_told_in_each_language_with_their_own_subgroup_names()
    {
        Assert.Equal("In 2021 it was highest for White, non-Hispanic residents (84.0%) and lowest for Black, non-Hispanic residents (74.9%), " +
                     "a gap of 9.1 percentage points, narrower than the 12.1 percentage points of 2018.",
            ChartSummaries.Groups(AlamedaEmployment(En), new ChartFormat("proportion", Strings: En)));
        Assert.Equal("En 2021, el valor más alto se registró en la población blanca no hispana (84.0\u00A0%) y el más bajo, en " +
                     "la población negra o afroamericana no hispana (74.9\u00A0%), una diferencia de 9.1 puntos porcentuales, menor que la de 2018 (12.1 puntos porcentuales).",
            ChartSummaries.Groups(AlamedaEmployment(Es), new ChartFormat("proportion", Strings: Es)));
    }

    [Fact]
    public void Spanish_dates_are_day_de_month_de_year_with_months_in_lower_case()
    {
        Assert.Equal("14 de mayo de 2024", Formatting.Date(new DateOnly(2024, 5, 14), Es));
        Assert.Equal("abril de 2021", Formatting.YearMonth(2021, 4, Es));
        Assert.Equal("junio de 2021", Formatting.IsoAsWords("2021-06", Es));
        Assert.Equal("May 14, 2024", Formatting.Date(new DateOnly(2024, 5, 14), En));
        Assert.Equal("April 2021", Formatting.YearMonth(2021, 4, En));
    }

    [Fact]
    public void Spanish_numbers_follow_es_US_and_the_chart_json_says_so()
    {
        var share = new ChartFormat("proportion", Strings: Es);
        Assert.Equal("45.0\u00A0%", share.Format(0.45));
        Assert.Equal("9.1 puntos porcentuales", share.Gap(0.840, 0.749));
        Assert.Equal("1.0 punto porcentual", share.Gap(0.850, 0.840));
        Assert.Equal("$41,197", ChartFormat.FromUnit("dollars", Es).Format(41197));
        Assert.Equal("-$5", ChartFormat.FromUnit("dollars", Es).Format(-5));
        Assert.Equal("3,481 estudiantes", ChartFormat.FromUnit("estudiantes", Es).Format(3481));
        Assert.Equal("1 hogar", ChartFormat.FromUnit("hogares", Es).Format(1));
        Assert.Equal("1 persona", ChartFormat.FromUnit("personas", Es).Format(1));
        Assert.Equal("32 por cada 100 hogares", ChartFormat.FromUnit("homes per household", Es).Format(0.32));
        var json = share.Json();
        Assert.Equal("es-US", json.Locale);
        // A share is drawn as a number in percent with the page's own sign ("90 %"), never Intl's style "percent".
        Assert.Equal("decimal", json.Style);
        Assert.Equal("\u00A0%", json.UnitSuffix);
        Assert.Equal("\u00A0%", ChartFormat.FromUnit("percent", Es).Json().UnitSuffix);
        Assert.Equal("%", ChartFormat.FromUnit("percent", En).Json().UnitSuffix);
        Assert.Equal(" por cada 100", ChartFormat.FromUnit("homes per household", Es).Json().UnitSuffix);
    }

    [Theory]
    [InlineData(1, "1 actualización de indicador para 2024.")]
    [InlineData(5, "5 actualizaciones de indicadores para 2024.")]
    [InlineData(1_000_000, "1,000,000 de actualizaciones de indicadores para 2024.")]
    public void Spanish_counts_take_their_plural_form(int count, string expected) =>
        Assert.Equal(expected, Es.Plural("changes.feed_updates", count, ("year", 2024)));

    [Fact]
    public void English_counts_take_their_plural_form()
    {
        Assert.Equal("1 indicator update for 2024.", En.Plural("changes.feed_updates", 1, ("year", 2024)));
        Assert.Equal("5 indicator updates for 2024.", En.Plural("changes.feed_updates", 5, ("year", 2024)));
    }

    [Fact]
    public void A_regional_strings_file_with_only_its_culture_is_Spanish_with_that_culture()
    {
        var problems = new List<StringsFileReader.Problem>();
        var catalog = new StringCatalog(new Dictionary<string, IReadOnlyDictionary<string, StringEntry>>
        {
            ["en"] = StringsFileReader.Parse("language: { name: English, culture: en-US }\nviews: { not_set: Not set }\n", "strings.yml", new StaticMap.Core.Diagnostics.DiagnosticBag(), problems),
            ["es"] = StringsFileReader.Parse("language: { name: Español, culture: es-US }\nviews: { not_set: Sin definir }\n", "strings.yml", new StaticMap.Core.Diagnostics.DiagnosticBag(), problems),
            ["es-ES"] = StringsFileReader.Parse("language: { culture: es-ES }\n", "strings.yml", new StaticMap.Core.Diagnostics.DiagnosticBag(), problems),
        });
        Assert.Empty(problems);
        var spain = catalog.For("es-ES");
        Assert.Equal("Sin definir", spain.Text("views.not_set"));
        Assert.Equal("Español", spain.Name);
        Assert.Equal("45,0\u00A0%", new ChartFormat("proportion", Strings: spain).Format(0.45));
        Assert.Empty(catalog.MissingKeys("es-ES"));
    }

    [Fact]
    public void A_plan_in_Spanish_has_its_statuses_chart_titles_and_summaries_in_Spanish()
    {
        using var site = TestSite.Valid().Replace("plans/test-county/plan.yml", "language: en", "language: es")
            .Replace("plans/test-county/progress/2024.md", "value: 150\n    status: on-track", "value: 150"); // a status left to the numbers
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var parser = new HtmlParser();
        var progress = parser.ParseDocument(site.Read("_site/test-county/progress/2024/index.html"));
        var statuses = progress.QuerySelectorAll(".status-on-track, .status-at-risk, .status-off-track").Select(e => e.TextContent.Trim()).ToList();
        Assert.Equal(["! En riesgo", "! En riesgo"], statuses.Take(2));
        Assert.DoesNotContain(statuses, s => s.Contains("On track", StringComparison.Ordinal));
        Assert.Contains("Calculado con las cifras: 150 people en 2024, por detrás de lo esperado (180 people) camino a 300 people para 2026.",
            progress.Body!.TextContent);
        Assert.Contains("16\u00A0% del camino entre el punto de partida y la meta", progress.Body!.TextContent);
        var captions = progress.QuerySelectorAll("figcaption h3").Select(e => e.TextContent.Trim()).ToList();
        Assert.Contains(captions, c => c.StartsWith("People trained, de 2023 a 2026: valores informados y meta.", StringComparison.Ordinal));

        var findings = parser.ParseDocument(site.Read("_site/test-county/findings/index.html"));
        var text = findings.Body!.TextContent;
        Assert.Contains("En Alameda County, California, subió de 80.6\u00A0% en 2016 a un máximo de 82.6\u00A0% en 2019 y luego bajó a 80.4\u00A0% en 2021. " +
                        "En 2021 fue de 82.7\u00A0% en el Condado de Allegheny, Pensilvania.", text);
        Assert.Contains("Tasa de empleo, de 25 a 54 años, según raza y origen étnico, Alameda County, California, de 2018 a 2021. Un valor más alto es mejor.", text);
        Assert.Equal("Resumen de los hallazgos sobre la movilidad ascendente", findings.QuerySelector("h1")!.TextContent.Trim());

        var overview = parser.ParseDocument(site.Read("_site/test-county/index.html"));
        Assert.Contains("1 de mayo de 2024", overview.Body!.TextContent);
    }

    private static TestSite SiteIn(string language, string? translations = null)
    {
        var site = TestSite.Valid().Replace("plans/test-county/plan.yml", "language: en", $"language: {language}");
        if (translations is not null) site.Write("plans/test-county/plan.yml", site.Read("plans/test-county/plan.yml") + translations);
        return site;
    }

    [Fact]
    public void Check_warns_with_MAP085_when_a_plan_language_lacks_keys()
    {
        using var site = SiteIn("fr");
        site.Write("theme/strings/fr.yml", "language:\n  name: Français\n  culture: fr-FR\nnav:\n  home: Accueil\n");
        var theme = Path.Combine(site.ReadRoot, "theme");
        var catalog = Theme.LoadStrings(theme, "theme", new Core.Reading.RepositoryFiles(site.ReadRoot), new Core.Diagnostics.DiagnosticBag(), out _);
        var missing = catalog.MissingKeys("fr");
        // The theme stage reads the strings (theme/ has no layouts: its MAP080 is the theme's), the MAP085 rule compares them.
        var diagnostics = Core.SiteBuilder.Check(site.ReadRoot, new Core.Rendering.SiteOptions(IncludeDrafts: true) { Clock = TestClock.Provider }, theme).Result.Diagnostics;
        var warning = Assert.Single(diagnostics, d => d.Code == "MAP085");
        Assert.Equal(Core.Diagnostics.Severity.Warning, warning.Severity);
        Assert.Equal("theme/strings/fr.yml", warning.Span.Path);
        Assert.Equal($"theme/strings/fr.yml lacks {missing.Count} keys that English has (shown in English): " +
                     string.Join(", ", missing.Take(10)) + " …; add them, translated, from en.yml", warning.Message);
        Assert.StartsWith("theme/strings/fr.yml lacks ", warning.Message);
        Assert.Contains("changes.feed_updates", missing);
    }

    [Fact]
    public void Check_warns_with_MAP085_when_a_plan_language_has_no_strings_file()
    {
        using var site = SiteIn("de");
        var warning = Assert.Single(site.Check(), d => d.Code == "MAP085");
        Assert.Equal("plans/test-county/plan.yml", warning.Span.Path);
        Assert.Equal("the plan is published in 'de', which has no strings file: its interface is shown in English; " +
                     "add theme/strings/de.yml to a theme of the repository's own (docs/theme.md): a copy of en.yml, translated", warning.Message);
    }

    /// <summary>
    /// A repository theme with its own English strings and no es.yml, a plan in Spanish: StaticMap's own Spanish stands
    /// in, and the keys the theme added are named (this was a KeyNotFoundException reported as MAP099).
    /// </summary>
    [Fact]
    public void Check_warns_with_MAP085_when_the_theme_has_no_file_for_a_language_StaticMap_has()
    {
        using var site = SiteIn("es");
        site.Write("theme/strings/en.yml", File.ReadAllText(Path.Combine(TestSite.ThemeFolder, "strings", "en.yml")) + "\nbanner:\n  notice: A note of our own\n");
        var theme = Path.Combine(site.ReadRoot, "theme");
        var diagnostics = Core.SiteBuilder.Check(site.ReadRoot, new Core.Rendering.SiteOptions(IncludeDrafts: true) { Clock = TestClock.Provider }, theme).Result.Diagnostics;
        Assert.DoesNotContain(diagnostics, d => d.Code == "MAP099");
        var warning = Assert.Single(diagnostics, d => d.Code == "MAP085");
        Assert.Equal("plans/test-county/plan.yml", warning.Span.Path);
        Assert.Equal("the theme has no strings file for 'es', and StaticMap's own lacks 1 key of the theme's English (shown in English): " +
                     "banner.notice; add theme/strings/es.yml: StaticMap's own es.yml with them, translated", warning.Message);
    }

    [Fact]
    public void Check_is_quiet_for_English_and_the_shipped_Spanish()
    {
        using var site = SiteIn("es");
        Assert.DoesNotContain(site.Check(), d => d.Code == "MAP085");
    }
}
