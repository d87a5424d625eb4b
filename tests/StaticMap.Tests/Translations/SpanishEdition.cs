using System.Collections.Immutable;
using StaticMap.Core.Model;
using StaticMap.Core.Parsing;
using StaticMap.Core.Pipeline;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Translations;

/// <summary>
/// A Spanish edition of the fixture plan, made by hand after parsing (the translate lane reads it from the *.es.md files):
/// how-we-got-here, findings and the measurement plan translated, the theory of change, sustainability and the 2024
/// report not, and Spanish site pages (index.es.md, accessibility.es.md).
/// </summary>
public static class SpanishEdition
{
    public const string Title = "Plan de movilidad del condado de prueba";
    public const string Summary = "Un plan pequeño que recorre cada parte del formato.";
    public const string HowWeGotHere = TestSite.Plan + "/how-we-got-here.es.md";

    /// <summary>The seam, for as long as the returned scope lives; <paramref name="title"/> reads the Spanish title (e.g. from a file).</summary>
    public static IDisposable Install(Func<string>? title = null)
    {
        var previous = BuildPipeline.AfterParse.Value;
        BuildPipeline.AfterParse.Value = site => Add(site, title?.Invoke() ?? Title);
        return new Scope(() => BuildPipeline.AfterParse.Value = previous);
    }

    public static SiteInput Add(SiteInput site, string title)
    {
        var plans = site.Plans.Select(plan => plan.Id == "test-county" ? plan with { Translations = [Translate(plan, title)] } : plan);
        var pages = site.Pages.AddRange(
            Page("input/index.es.md", "", "Planes de movilidad de prueba", "Planes para probar."),
            Page("input/accessibility.es.md", "accessibility", "Declaración de accesibilidad", "Este sitio de prueba busca cumplir WCAG 2.2 AA."));
        return site with { Plans = [.. plans], Pages = pages };
    }

    private static ContentPage Page(string path, string slug, string title, string text) =>
        new(path, slug, title, null, MarkdownParser.Parse(path, text + "\n", 4)) { Language = "es" };

    private static PlanTranslation Translate(Plan plan, string title)
    {
        Component Translated(Component c, string file, string heading, string body) =>
            c with { Path = file, Title = heading, Body = MarkdownParser.Parse(file, body, 3) };
        var untranslated = new List<string>();
        var components = plan.Components.Select(c =>
        {
            if (c.Kind == ComponentKind.HowWeGotHere)
                    return Translated(c, HowWeGotHere, "Cómo llegamos aquí",
                        "El condado se sumó al trabajo en 2021. Lea los [hallazgos](findings.md#lo-que-dicen-los-datos), el " +
                        "[plan de medición](measurement-plan.es.md) y la [declaración de accesibilidad](../../input/accessibility.md).\n");
            if (c.Kind == ComponentKind.Findings)
                    return Translated(c, TestSite.Plan + "/findings.es.md", "Hallazgos", "## Lo que dicen los datos\n\nEl empleo es alto pero desigual.\n");
            if (c.Kind == ComponentKind.MeasurementPlan)
                    return Translated(c, TestSite.Plan + "/measurement-plan.es.md", "Plan de medición", "Cómo medimos el avance.\n");
            untranslated.Add(c.Path);
            return c with { TextLanguage = plan.Metadata.Language };
        }).ToImmutableArray();
        var progress = plan.Progress.Select(r =>
        {
            untranslated.Add(r.Path);
            return r with { TextLanguage = plan.Metadata.Language };
        }).ToImmutableArray();
        var edition = plan with
        {
            Metadata = plan.Metadata with { Language = "es", Title = title, Summary = Summary },
            TranslationOf = plan.Metadata.Language,
            Components = components,
            Progress = progress,
            Translations = [],
        };
        return new PlanTranslation("es", edition, [.. untranslated]);
    }

    private sealed class Scope(Action end) : IDisposable
    {
        public void Dispose() => end();
    }
}
