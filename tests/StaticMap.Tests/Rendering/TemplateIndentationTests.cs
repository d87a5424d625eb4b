using System.Text;
using AngleSharp.Html.Parser;
using Scriban;
using StaticMap.Core.Rendering;
using StaticMap.Core.Rendering.Html;
using StaticMap.Core.Rendering.Templates;
using StaticMap.Tests.Support;
using StaticMap.Tests.Translations;
using Xunit;

namespace StaticMap.Tests.Rendering;

/// <summary>The pages carry no indentation of the templates (Templates/TemplateIndentation.cs, docs/theme.md): the same elements,
/// text and whitespace between elements, without the spaces at the start of the templates' lines.</summary>
public class TemplateIndentationTests
{
    private static string Render(string page, params (string Path, string Text)[] partials)
    {
        var templates = partials.ToDictionary(p => p.Path, p => Parsed(p.Text, p.Path));
        var context = new HtmlTemplateContext(null!, templates);
        context.RenderInPlace(Parsed(page, "page"));
        return Encoding.UTF8.GetString(context.TakeUtf8Output());
    }

    private static Template Parsed(string text, string name)
    {
        var template = Template.Parse(text, name);
        TemplateIndentation.Remove(template.Page!);
        return template;
    }

    [Fact]
    public void A_templates_lines_lose_their_indentation_and_blank_lines_and_keep_their_line_breaks()
    {
        const string page = "<ul>\n  {{~ for x in [1, 2] ~}}\n    <li>{{ x }} <b>{{ x }}</b></li>\n  {{~ end ~}}\n\n    \n  </ul>\n  {{ include 'p' }}\n";
        Assert.Equal("<ul>\n<li>1 <b>1</b></li>\n<li>2 <b>2</b></li>\n</ul>\n<p>\n<span>a</span>\n</p>\n",
            Render(page, ("p", "<p>\n    <span>a</span>\n  </p>")));
    }

    [Fact]
    public void A_pre_or_textarea_written_in_a_template_keeps_its_lines_as_they_are()
    {
        Assert.Equal("<div>\n<pre>\n  a\n    b\n  </pre>\n<textarea rows=\"2\">\n  c\n</textarea>\n<p>\n</p>",
            Render("<div>\n  <pre>\n  a\n    b\n  </pre>\n  <textarea rows=\"2\">\n  c\n</textarea>\n  <p>\n  </p>"));
        var preformatted = false;
        Assert.Equal("<PRE class=x>\n  a", TemplateIndentation.Unindent("<PRE class=x>\n  a", ref preformatted));
        Assert.True(preformatted);
        Assert.Equal("  b</pre>\nc", TemplateIndentation.Unindent("  b</pre>\n  c", ref preformatted));
        Assert.False(preformatted);
    }

    [Fact]
    public void Whitespace_between_a_value_and_the_next_on_one_line_is_kept()
    {
        Assert.Equal("<dt>a</dt> <dd>b</dd>\n<dt>c</dt>", Render("<dt>{{ 'a' }}</dt> <dd>{{ 'b' }}</dd>\n  <dt>c</dt>"));
        // A space a template writes on purpose after '{{~ … }}' at the start of a line (two links apart) stays.
        Assert.Equal("<p>\n<b>1</b>\n <i>2</i>\n</p>", Render("<p>\n  {{~ if true }}<b>1</b>{{ end }}\n  {{~ if true }} <i>2</i>{{ end }}\n</p>"));
    }

    [Fact]
    public void A_bilingual_plans_pages_have_no_indented_line_outside_a_pre_or_textarea()
    {
        using var site = SpanishFixture.Create();
        var result = site.Build(new SiteOptions(BaseUrl: "https://maps.example.org/"));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).ToList();
        Assert.True(pages.Count > 20, $"{pages.Count} pages");
        var indented = new List<string>();
        foreach (var file in pages)
        {
            var document = new HtmlParser().ParseDocument(File.ReadAllText(file));
            // What an indented line would be: a text node of whitespace with spaces after its line break (one space after it is
            // a template's own, between two links). Inside <pre> and <textarea> (a code block, the embed code) spaces are content.
            foreach (var node in document.All.Where(e => e.LocalName is not ("pre" or "textarea" or "code" or "script")).SelectMany(e => e.ChildNodes))
                if (node is AngleSharp.Dom.IText text && text.Data.Contains("\n  ", StringComparison.Ordinal) && string.IsNullOrWhiteSpace(text.Data))
                    indented.Add($"{Path.GetRelativePath(site.Output, file)}: <{node.ParentElement!.LocalName}> has an indented line");
        }
        Assert.Empty(indented.Distinct().Take(10));
    }
}
