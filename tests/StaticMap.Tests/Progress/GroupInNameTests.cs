using AngleSharp.Html.Parser;
using StaticMap.Core.Rendering.Templates;
using StaticMap.Core.Rendering.Views;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Progress;

/// <summary>
/// An indicator that follows one group's values ('subgroup') is named with its group once (review11, 2026-12-07: "Employment
/// rate of Black residents aged 25 to 54, for Black, non-Hispanic residents"): a name that does not name the group gets it, a
/// name that names it as Urban does is said alone, and a name that names it with fewer words gets Urban's group after it.
/// English and Spanish.
/// </summary>
public sealed class GroupInNameTests
{
    private const string MeasurementPlan = TestSite.Plan + "/measurement-plan.md";

    [Theory]
    [InlineData("Employment rate of Black residents aged 25 to 54", null,
        "Employment rate of Black residents aged 25 to 54 (Urban's group: Black, non-Hispanic residents), 2018 to 2027: Mobility Metrics values and target.",
        "Employment rate of Black residents aged 25 to 54 (grupo de Urban: la población negra o afroamericana no hispana), de 2018 a 2027: valores de las Mobility Metrics y meta.")]
    [InlineData("Employment rate of Black, non-Hispanic residents", "Tasa de empleo de la población negra o afroamericana no hispana",
        "Employment rate of Black, non-Hispanic residents, 2018 to 2027: Mobility Metrics values and target.",
        "Tasa de empleo de la población negra o afroamericana no hispana, de 2018 a 2027: valores de las Mobility Metrics y meta.")]
    [InlineData("Employment rate", "Tasa de empleo de los residentes negros",
        "Employment rate, for Black, non-Hispanic residents, 2018 to 2027: Mobility Metrics values and target.",
        "Tasa de empleo de los residentes negros (grupo de Urban: la población negra o afroamericana no hispana), de 2018 a 2027: valores de las Mobility Metrics y meta.")]
    public void The_chart_names_the_group_once(string name, string? spanishName, string english, string spanish)
    {
        using var site = AnnualUpdateRuleTests.BuiltWithEmploymentFollowingOneGroup(s =>
        {
            s.Replace(MeasurementPlan, "    name: Employment rate\n", $"    name: {name}\n");
            if (spanishName is not null)
                s.Replace(TestSite.Plan + "/measurement-plan.es.md", "indicators:\n", $"indicators:\n  - id: employment-rate\n    name: {spanishName}\n");
        });
        foreach (var (prefix, caption) in new[] { ("", english), ("es", spanish) })
        {
            var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, prefix, "test-county", "progress", "2024", "index.html")));
            var figure = page.QuerySelector("#sm-chart-2024-employment-rate")!;
            Assert.Equal(caption, figure.QuerySelector("figcaption")!.TextContent.Trim());
            // The sentence under the chart names it as the caption does.
            var named = caption[..caption.IndexOf(prefix == "" ? ", 2018" : ", de 2018", StringComparison.Ordinal)];
            Assert.StartsWith(named + ": ", figure.QuerySelector(".chart-summary")!.TextContent.Trim());
        }
    }

    [Theory]
    [InlineData("en", "Employment rate of Black residents", Naming.Partly)]
    [InlineData("en", "Employment rate of African American residents", Naming.Partly)]
    [InlineData("en", "Employment rate of Black, non-Hispanic adults", Naming.Whole)]
    [InlineData("en", "Employment rate", Naming.None)]
    [InlineData("en", "Blackstone employment rate", Naming.None)] // a whole word only
    [InlineData("es", "Tasa de empleo de la población negra", Naming.Partly)]
    [InlineData("es", "Tasa de empleo de residentes afroamericanos", Naming.Partly)]
    [InlineData("es", "Tasa de empleo de la población negra o afroamericana no hispana", Naming.Whole)]
    [InlineData("es", "Employment rate of Black residents", Naming.Partly)] // an English name on a Spanish page: Urban's word
    [InlineData("es", "Tasa de empleo", Naming.None)]
    public void A_name_names_its_group_by_its_words(string language, string name, Naming expected) =>
        Assert.Equal(expected, GroupInName.Of(name, "Black, Non-Hispanic", Theme.DefaultStrings.For(language)));
}
