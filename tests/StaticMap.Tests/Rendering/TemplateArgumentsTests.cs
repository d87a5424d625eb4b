using System.Text;
using AngleSharp.Html.Parser;
using Scriban;
using Scriban.Syntax;
using StaticMap.Core.Rendering;
using StaticMap.Core.Rendering.Html;
using StaticMap.Tests.Support;
using Xunit;

namespace StaticMap.Tests.Rendering;

/// <summary>Partials take their inputs as arguments (docs/theme.md), and the templates speak the page's language.</summary>
public class TemplateArgumentsTests
{
    private static string Render(string page, params (string Path, string Text)[] partials)
    {
        var templates = partials.ToDictionary(p => p.Path, p => Template.Parse(p.Text, p.Path));
        var context = new HtmlTemplateContext(null!, templates);
        context.RenderInPlace(Template.Parse(page, "page"));
        return Encoding.UTF8.GetString(context.TakeUtf8Output());
    }

    [Fact]
    public void Link_time_lang_attr_and_visually_hidden_write_escaped_html_and_convert_their_arguments_as_before()
    {
        // Called without reflection since 2026-12-07 (docs/performance.md): the HTML, the conversions and the errors are Scriban's for a delegate.
        Assert.Equal("<a href=\"/a?b=1&amp;c=2\">Ana &lt;&amp;&gt; Bo</a>", Render("{{ link '/a?b=1&c=2' 'Ana <&> Bo' }}"));
        Assert.Equal("<time datetime=\"2026-03-04\">March 4, 2026</time>", Render("{{ time '2026-03-04' 'March 4, 2026' }}"));
        Assert.Equal(" lang=\"es\"|", Render("{{ lang_attr 'es' }}|{{ lang_attr null }}{{ lang_attr '' }}"));
        Assert.Equal("<span class=\"visually-hidden\">&quot;3&quot; 4</span>", Render("{{ visually_hidden '\"3\" ' + 4 }}"));
        // HTML (a name with a word marked lang="en", made by 't' with an HTML value) is kept as it is, not escaped again.
        Assert.Equal("<span class=\"visually-hidden\"><a href=\"/a\">b &amp; c</a></span>", Render("{{ visually_hidden (link '/a' 'b & c') }}"));
        // A number is converted to text as Scriban converts it; null writes an empty attribute.
        Assert.Equal("<a href=\"2026\"></a>", Render("{{ link 2026 null }}"));
        var missing = Assert.Throws<ScriptRuntimeException>(() => Render("{{ link '/a' }}"));
        Assert.Contains("link", missing.Message);
        // They stay StaticMap's: a template cannot assign over them.
        Assert.Throws<ScriptRuntimeException>(() => Render("{{ link = 1 }}"));
    }

    [Fact]
    public void A_partial_sees_its_arguments_and_the_including_template_s_variables()
    {
        var html = Render("{{ title = 'Plan' }}{{ include 'partials/p.sbn-html' { name: 'Ana & Bo' } }}",
            ("partials/p.sbn-html", "[{{ title }}: {{ name }}]"));
        Assert.Equal("[Plan: Ana &amp; Bo]", html);
    }

    [Fact]
    public void A_partial_included_without_arguments_renders_in_the_including_template_s_scope()
    {
        var html = Render("{{ name = 'Ana' }}{{ include 'partials/p.sbn-html' }}{{ seen }}",
            ("partials/p.sbn-html", "{{ name }}{{ seen = '!' }}"));
        Assert.Equal("Ana!", html);
    }

    [Fact]
    public void Include_arguments_and_what_the_partial_sets_do_not_leak_into_the_including_template()
    {
        (string, string) partial = ("partials/p.sbn-html", "{{ inner = name + '!' }}{{ inner }}");
        // The argument itself is gone after the include.
        var argument = Assert.Throws<ScriptRuntimeException>(() => Render("{{ include 'partials/p.sbn-html' { name: 'a' } }}{{ name }}", partial));
        Assert.Contains("name", argument.Message);
        // So is a variable the partial set.
        var set = Assert.Throws<ScriptRuntimeException>(() => Render("{{ include 'partials/p.sbn-html' { name: 'a' } }}{{ inner }}", partial));
        Assert.Contains("inner", set.Message);
        // And a variable of the including template keeps its value when an argument has the same name.
        Assert.Equal("a!|outer", Render("{{ name = 'outer' }}{{ include 'partials/p.sbn-html' { name: 'a' } }}|{{ name }}", partial));
    }

    [Fact]
    public void The_second_include_of_a_partial_does_not_see_the_first_one_s_variables()
    {
        (string, string) partial = ("partials/p.sbn-html", "{{ if first }}{{ seen = 'yes' }}{{ else }}{{ seen }}{{ end }}");
        var error = Assert.Throws<ScriptRuntimeException>(() =>
            Render("{{ include 'partials/p.sbn-html' { first: true } }}{{ include 'partials/p.sbn-html' { first: false } }}", partial));
        Assert.Contains("seen", error.Message);
    }

    [Fact]
    public void Arguments_that_are_not_an_object_are_a_clear_error()
    {
        var error = Assert.Throws<ScriptRuntimeException>(() => Render("{{ include 'partials/p.sbn-html' 3 }}", ("partials/p.sbn-html", "x")));
        Assert.Contains("include 'partials/p.sbn-html': the arguments must be an object such as { chart: chart }, not '3'", error.Message);
    }

    [Fact]
    public void Page_kinds_each_declare_their_own_place_in_the_order()
    {
        var orders = TestRegistry.Default.PageKinds.Select(k => k.Order).ToList();
        Assert.Equal(orders.Order(), orders);
        Assert.Equal(orders.Count, orders.Distinct().Count());
    }

    [Fact]
    public void A_plan_whose_language_is_Spanish_gets_the_Spanish_template_texts()
    {
        using var site = TestSite.Valid();
        site.Replace(TestSite.Plan + "/plan.yml", "language: en", "language: es");
        var result = site.Build(new SiteOptions(BaseUrl: "https://maps.example.org/") { Clock = TestClock.Provider });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var parser = new HtmlParser();
        var page = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "test-county", "measurement-plan", "index.html")));

        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Saltar al contenido principal", page.QuerySelector("a.skip-link")!.TextContent);
        Assert.Equal("Indicadores", page.QuerySelector("#sm-indicators-heading")!.TextContent);
        Assert.Equal(["Indicador", "Mide", "Punto de partida", "Meta", "Frecuencia", "Detalles"],
            page.QuerySelectorAll(".measurement-table thead th").Select(th => th.TextContent));
        Assert.StartsWith("El plan de medición: ", page.QuerySelector("#sm-indicators-caption")!.TextContent);
        Assert.Equal("Parte anterior y siguiente", page.QuerySelector("nav.pager")!.GetAttribute("aria-label"));
        Assert.Equal(["Anterior:", "Siguiente:"], page.QuerySelectorAll("nav.pager .pager-label").Select(l => l.TextContent));

        var overview = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "test-county", "index.html")));
        Assert.Equal(["Jurisdicción", "Estado"], overview.QuerySelectorAll("dl.facts dt").Select(dt => dt.TextContent));
        Assert.StartsWith("Publicado el ", overview.QuerySelectorAll("dl.facts dd")[1].TextContent);
        Assert.Equal("Coalición", overview.QuerySelector("#sm-coalition-heading")!.TextContent);
    }
}
