using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;
using StaticMap.Core.Parsing;
using StaticMap.Core.Reading;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Translations;

/// <summary>The valid test site with 'translations: [es]' and a Spanish translation of each of its files.</summary>
public static class SpanishFixture
{
    public const string P = TestSite.Plan;

    /// <summary>Each element of <paramref name="selector"/> on the built page at <paramref name="url"/>: its text, trimmed, and
    /// its lang attribute (null when it has none: the page's language).</summary>
    public static List<(string Text, string? Lang)> Texts(TestSite site, string url, string selector) =>
        site.BuiltPage(url).QuerySelectorAll(selector).Select(e => (e.TextContent.Trim(), e.GetAttribute("lang"))).ToList();

    /// <summary>The row of the progress page at <paramref name="url"/>'s updates table whose heading links to the indicator
    /// <paramref name="indicatorId"/>.</summary>
    public static AngleSharp.Dom.IElement UpdateRow(TestSite site, string url, string indicatorId) =>
        site.BuiltPage(url).QuerySelectorAll(".updates-table tbody tr")
            .Single(r => r.QuerySelector("th a")!.GetAttribute("href")!.Contains(indicatorId, StringComparison.Ordinal));

    public static TestSite Create()
    {
        var site = TestSite.Valid().Replace(P + "/plan.yml", "language: en\n", "language: en\ntranslations: [es]\n");
        site.Write(P + "/plan.es.yml", """
            title: Plan de Movilidad del Condado de Prueba
            summary: Un plan pequeño que pone a prueba cada parte del contrato.
            coalition:
              - role: Convocante
              - {}
            """);
        site.Write(P + "/how-we-got-here.es.md", """
            ---
            component: how-we-got-here
            title: Cómo llegamos aquí
            timeline:
              - event: Se formó la coalición
              - date: "2022-03-15"
                event: Sesiones para escuchar a la comunidad
            ---
            El condado se sumó en 2021. Lea los [hallazgos](findings.es.md) y el [informe de 2024](progress/2024.es.md).
            """);
        site.Write(P + "/findings.es.md", """
            ---
            component: findings
            metrics:
              - file: jobs-program.csv
                label: Colocaciones del programa de empleo juvenil
                unit: personas
              - metric: share_employed
            ---
            ## Lo que dicen los datos

            El empleo es alto pero desigual.
            """);
        site.Write(P + "/theory-of-change.es.md", """
            ---
            component: theory-of-change
            vision: Que todas las personas puedan ganarse bien la vida.
            theory_of_change:
              preconditions: [Datos compartidos]
              outcomes: [Más empleos]
              assumptions: [La capacitación funciona]
            logic_model:
              inputs:
                - id: staff-time
                  text: Tiempo del personal
              activities:
                - id: run-program
                  text: Operar un programa de empleo
              outputs:
                - id: people-trained
                  text: Personas capacitadas
              outcomes:
                short_term:
                  - id: more-jobs
                    text: Más personas con empleo
                long_term:
                  - id: higher-incomes
                    text: Ingresos más altos
            ---
            La teoría del cambio en breve.
            """);
        site.Write(P + "/measurement-plan.es.md", """
            ---
            component: measurement-plan
            indicators:
              - id: trainees
                name: Personas capacitadas
                unit: personas
              - id: staff-hours
                name: Horas del personal
                source: Hojas de horas
                responsible: Condado
                frequency: quarterly
            ---
            Cómo la coalición da seguimiento a su trabajo.
            """);
        site.Write(P + "/sustainability.es.md", """
            ---
            component: sustainability
            commitments:
              - action: Mantener el programa de empleo
                responsible: Junta de empleo
                resources: Fondo general del condado
            ---
            Cómo el trabajo dura más allá de un ciclo de presupuesto.
            """);
        site.Write(P + "/progress/2024.es.md", """
            ---
            year: 2024
            updates:
              - indicator: employment-rate
                status: at-risk
              - indicator: trainees
                note: Se completaron dos grupos.
            ---
            El primer año del plan.
            """);
        return site;
    }

    public static (SiteInput Site, IReadOnlyList<Diagnostic> Diagnostics) Parse(TestSite site)
    {
        var bag = new DiagnosticBag();
        var input = SiteParser.Parse(RepositoryScanner.Scan(site.ReadRoot, bag), bag, TestRegistry.Components);
        return (input, bag.ToSortedList());
    }

    public static string Format(Diagnostic d) => $"{d.Span}: {d.Code}: {d.Message}";
}
