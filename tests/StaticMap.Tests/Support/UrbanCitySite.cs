namespace StaticMap.Tests.Support;

/// <summary>
/// The fixture plan made a city over Urban's place files as published (Fixtures/urban/places) and published in English and
/// Spanish (its findings untranslated): the set-up of the city end-to-end tests (<c>CitySite</c>) and of the weak-estimate
/// charts (<c>OaklandSite</c>), which differ only in the city, its peer and what the findings show.
/// </summary>
public static class UrbanCitySite
{
    /// <param name="name">The plan's jurisdiction, "City of Oakland"; <paramref name="spanishName"/> its Spanish name.</param>
    /// <param name="fips">The city's 7-digit place code; <paramref name="peer"/> its peer's.</param>
    /// <param name="change">Edits to the plan before the build (what the findings show).</param>
    public static TestSite Build(string name, string state, string fips, string peer, string spanishTitle, string spanishName,
        Action<TestSite>? change = null)
    {
        var site = TestSite.Valid();
        site.Delete("input/data/mobility.csv").Delete("input/data/employment-race-ethnicity.csv");
        var places = Path.Combine(AppContext.BaseDirectory, "Fixtures", "urban", "places");
        foreach (var file in Directory.GetFiles(places, "*.csv"))
            site.Write("input/data/urban/places/" + Path.GetFileName(file), File.ReadAllText(file));
        var plan = TestSite.Plan + "/plan.yml";
        site.Replace(plan, "  name: Alameda County\n  type: county\n  state: CA\n  fips: \"06001\"",
            $"  name: {name}\n  type: city\n  state: {state}\n  fips: \"{fips}\"");
        site.Replace(plan, "  - \"42003\"", $"  - \"{peer}\"");
        site.Replace(plan, "language: en\n", "language: en\ntranslations: [es]\n");
        site.Write(TestSite.Plan + "/plan.es.yml",
            $"title: {spanishTitle}\nsummary: Un plan pequeño que pone a prueba cada parte del contrato.\njurisdiction:\n  name: {spanishName}\n");
        change?.Invoke(site);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return site;
    }
}
