namespace StaticMap.Tests.Quality;

/// <summary>The release-quality checks themselves, on small hand-written pages: each rule finds what it is for (with the
/// page, the element and the text), and a page written right has no finding.</summary>
public sealed class QualityCheckerTests : IDisposable
{
    private readonly string _site = Path.Combine(Path.GetTempPath(), "staticmap-quality-check-" + Guid.NewGuid().ToString("N"));

    private const string PlanJson = """
        {"id": "p", "jurisdiction": {"name": "Allegheny County", "type": "county", "state": "PA", "fips": "42003"}, "peers": ["06001"],
         "components": {"measurement-plan": {"indicators": [
           {"id": "emp", "name": "Adults with a job", "unit": "percent", "metric": "share_employed", "baseline": {"value": 80.4, "year": 2021}, "target": {"value": 84, "year": 2030}},
           {"id": "fund", "name": "Dollars committed", "unit": "dollars", "metric": null, "baseline": {"value": 1500000, "year": 2024}, "target": {"value": 4200000, "year": 2027}}]}},
         "progress": []}
        """;

    private const string Findings = """
        <!doctype html><html lang="es"><head><title>Hallazgos</title></head><body><main>
        <figure class="chart" id="sm-chart-share_employed-trend"><table><tbody><tr><th>Condado de Allegheny</th><td>2021</td><td class="number" data-value="0.8">80.0 %</td></tr>
        <tr><th>Condado de Allegheny</th><td>2022</td><td class="number" data-value="0.81">81.0 %</td></tr>
        <tr><th>Condado de Allegheny</th><td>2023</td><td class="number" data-value="0.83">83.0 %</td></tr></tbody></table></figure>
        </main></body></html>
        """;

    private void Write(string path, string text)
    {
        var full = Path.Combine(_site, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    private List<Finding> Check(string page)
    {
        Write("p/plan.json", PlanJson);
        Write("es/p/findings/index.html", Findings);
        Write("es/p/progress/2025/index.html", "<!doctype html><html lang=\"es\"><head><title>Informe de avance 2025</title></head><body><main>" + page + "</main></body></html>");
        return QualityChecker.Check(_site, SiteFacts.FromSite(_site));
    }

    [Fact]
    public void A_page_written_right_has_no_finding()
    {
        var findings = Check("""
            <h1>Informe de avance 2025</h1>
            <p>Publicado el 18 de marzo de 2025. En 2023, el 83.3 % de los adultos tenía empleo (42003).</p>
            <table><thead><tr><th>Indicador</th><th>Estado</th><th>Valor</th><th>Nota</th></tr></thead><tbody>
            <tr><th><a href="/es/p/measurement-plan/#sm-indicator-emp">Adultos con empleo</a></th><td>Por buen camino</td><td>83.3 % (2023)</td><td>Dato de 2023: 83 de cada 100.</td></tr>
            <tr><th><a href="/es/p/measurement-plan/#sm-indicator-fund">Dólares comprometidos</a></th><td>Por buen camino</td><td>$3,100,000</td><td></td></tr>
            </tbody></table>
            <p lang="en">The coalition met every month.</p>
            <figure class="chart" id="sm-chart-2025-emp"><figcaption>Adultos con empleo, de 2021 a 2023.</figcaption>
            <script type="application/json" id="sm-chart-2025-emp-data">{"xAxis": {"min": 2021, "max": 2023}, "series": [{"rows": 1}]}</script>
            <p class="chart-summary">Adultos con empleo: 83.3 % en 2023.</p>
            <table><tbody><tr><th>Informado</th><td>2023</td><td class="number">83.3 %</td><td class="quality quality-strong">Sólida</td></tr>
            <tr><th>Hispanos</th><td>2023</td><td class="number">91.1 %</td><td class="quality quality-weak">Débil</td></tr></tbody></table></figure>
            """);
        // The note column is the author's: its "83" is not a percentage StaticMap wrote.
        Assert.Empty(findings);
    }

    [Fact]
    public void A_rate_with_decimals_after_a_preposition_is_not_a_year()
    {
        // Philadelphia's violent crime rate, as a generated plan showed it: "2,036.4" is a number, not the year 2036.
        var findings = Check("""
            <h1>Informe de avance 2025</h1>
            <p>En el Condado de Philadelphia subió desde 1,695.8 por cada 100,000 personas en 2021 hasta 2,036.4 en 2023.</p>
            """);
        Assert.DoesNotContain(findings, f => f.Rule == "year-with-separator");
    }

    [Fact]
    public void Each_rule_names_the_page_the_element_and_the_text()
    {
        var findings = Check("""
            <p class="meta">Publicado el March 18, 2025</p>
            <table><thead><tr><th>Indicador</th><th>Estado</th><th>Valor</th><th>Nota</th></tr></thead><tbody>
            <tr><th><a href="/es/p/measurement-plan/#sm-indicator-emp">Adultos con empleo</a></th><td><span class="status-label">Measured by:</span> por buen camino: 88.4 en 2023; se esperaba 86.61</td><td>83 %</td><td></td></tr>
            <tr><th><a href="/es/p/measurement-plan/#sm-indicator-fund">Dólares comprometidos</a></th><td>logrado: 3100000 en 2025, -36 % del cambio necesario</td><td>$3,100,000</td><td></td></tr>
            </tbody></table>
            <p class="metric-description">Muertes por lesiones por cada 100,000 personas (tasa bruta)<span class="metric-pillar">Pilar: Entorno saludable.</span></p>
            <h2 lang="en">Informe de avance</h2>
            <p>Datos desde 2,024, de 2,000 hogares: <a href="/es/p/findings/">Más</a> y <a href="/es/p/status/">Más</a>.</p>
            <p>Valor NaN y {{ t "x" }} en en la tabla, en Pittsburgh city, Pennsylvania.</p>
            <figure class="chart" id="sm-chart-2025-emp"><figcaption>Adultos con empleo, de 2021 a 2030.</figcaption>
            <script type="application/json" id="sm-chart-2025-emp-data">{"xAxis": {"min": 2021, "max": 2025}, "series": [{"rows": 2}]}</script>
            <p class="chart-summary">Más alto para Hispanos (91.1 %), una diferencia de 8 puntos.</p>
            <table><tbody><tr><th>Informado</th><td>2024</td><td class="number" data-value="84">84 %</td></tr><tr><th>Informado</th><td>2025</td><td class="number" data-value="83">83 %</td></tr>
            <tr><th>Hispanos</th><td>2023</td><td class="number">91.1 %</td><td class="quality quality-weak">Débil</td></tr></tbody></table></figure>
            """);
        string One(string rule) => Assert.Single(findings, f => f.Rule == rule).ToString();
        Assert.Contains("/es/p/progress/2025/index.html | p.meta | english-date-on-spanish-page: 'March 18, 2025'", One("english-date-on-spanish-page"));
        Assert.Contains("english-label-on-spanish-page: 'Measured by:'", One("english-label-on-spanish-page"));
        Assert.Contains("year-with-separator: '2,024'", One("year-with-separator"));
        Assert.Contains("'Más' leads to /es/p/findings/, /es/p/status/", One("same-link-name-different-targets"));
        Assert.Contains("'86.61' has 2 decimal(s); emp (percent) is written with 1", One("indicator-precision"));
        Assert.Contains(findings, f => f.Rule == "percent-without-sign" && f.Text.StartsWith("'88.4' of emp", StringComparison.Ordinal));
        Assert.Contains("'3100000' in", One("number-without-separators"));
        Assert.Contains("'-36 % del cambio'", One("negative-share-of-change"));
        Assert.Contains("(tasa bruta)\" + \"Pilar: Entorno saludable.\" (no full stop before the label)", One("sentence-runs-into-label"));
        Assert.Contains("h2 | spanish-under-lang-en: 'Informe', 'avance'", One("spanish-under-lang-en"));
        Assert.Equal(["'NaN'", "'{{'", "'}}'"], findings.Where(f => f.Rule == "template-leftover").Select(f => f.Text.Split(" in ")[0]));
        Assert.Contains("'en en'", One("doubled-word"));
        Assert.Contains(findings, f => f.Rule == "english-on-spanish-page" && f.Text.StartsWith("'city', 'Pennsylvania' in", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Rule == "english-on-spanish-page" && f.Text.StartsWith("'Measured' in", StringComparison.Ordinal));
        Assert.Contains("the title says 2021 to 2030, the axis runs 2021 to 2025", One("chart-title-years"));
        Assert.Contains("emp (share_employed) is plotted at 2024, 2025; Urban's data has 2021, 2022, 2023", One("chart-year-not-in-data"));
        Assert.Contains("Hispanos, 2023: 91.1 % is Weak", findings.First(f => f.Rule == "sentence-cites-weak-value").Text);
    }

    [Fact]
    public void The_interface_word_lists_hold_words_of_their_own_language_only()
    {
        Assert.Contains("Reported", InterfaceWords.English);
        Assert.Contains("baseline", InterfaceWords.English);
        Assert.Contains("county", InterfaceWords.English);
        Assert.DoesNotContain("plan", InterfaceWords.English);
        Assert.Contains("informe", InterfaceWords.Spanish);
        Assert.Contains("avance", InterfaceWords.Spanish);
        Assert.DoesNotContain("internet", InterfaceWords.Spanish);
        Assert.Contains(InterfaceWords.EnglishLabels, l => l.Text == "Measured by:");
    }

    public void Dispose()
    {
        try { Directory.Delete(_site, recursive: true); }
        catch (IOException) { }
    }
}
