using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace StaticMap.Tests.Quality;

/// <summary>A piece of text in one language (the `lang` of its closest element that declares one).</summary>
public sealed record Segment(string Text, string Lang);

/// <summary>The visible text of one block of a page (a paragraph, a list item, a cell, a heading, a caption…) or of one
/// attribute a reader meets (aria-label, title, alt), in document order, with the language of each part.</summary>
public sealed class TextRun(BuiltPage page, IElement element, IReadOnlyList<Segment> segments, string? attribute = null)
{
    public BuiltPage Page { get; } = page;
    public IElement Element { get; } = element;
    public IReadOnlyList<Segment> Segments { get; } = segments;
    public string? Attribute { get; } = attribute;
    public string Text { get; } = PageText.Normalize(string.Concat(segments.Select(s => s.Text)));
    public string Lang => Segments.Count > 0 ? Segments[0].Lang : PageText.LangOf(Element);
    public string Where => PageText.Describe(Element) + (Attribute is null ? "" : $" [{Attribute}]");
}

/// <summary>One HTML page of a built site, parsed.</summary>
public sealed class BuiltPage
{
    private static readonly HtmlParser Parser = new();

    public BuiltPage(string site, string path)
    {
        Path = "/" + System.IO.Path.GetRelativePath(site, path).Replace('\\', '/');
        Document = Parser.ParseDocument(File.ReadAllText(path));
        Lang = (Document.DocumentElement.GetAttribute("lang") ?? "en").Split('-')[0].ToLowerInvariant();
        Runs = PageText.Runs(this);
    }

    /// <summary>The page's address in the site, e.g. /es/pittsburgh/findings/index.html.</summary>
    public string Path { get; }
    public IHtmlDocument Document { get; }
    public string Lang { get; }
    public IReadOnlyList<TextRun> Runs { get; }

    public static IReadOnlyList<BuiltPage> All(string site) =>
        Directory.GetFiles(site, "*.html", SearchOption.AllDirectories)
            .Where(f => !f.Contains(System.IO.Path.DirectorySeparatorChar + "pagefind" + System.IO.Path.DirectorySeparatorChar))
            .Order(StringComparer.Ordinal).Select(f => new BuiltPage(site, f)).ToList();
}

public static class PageText
{
    /// <summary>Elements whose text a reader takes as one piece.</summary>
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "caption", "summary", "dt", "dd",
        "label", "button", "canvas", "option", "legend", "title", "blockquote", "pre",
    };

    private static readonly HashSet<string> Invisible = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "template", "noscript" };

    private static readonly string[] Attributes = ["aria-label", "title", "alt", "placeholder"];

    public static string Normalize(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static string LangOf(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
            if (e.GetAttribute("lang") is { Length: > 0 } lang) return lang.Split('-')[0].ToLowerInvariant();
        return "en";
    }

    /// <summary>The text runs of a page: one per block element (its own text, without nested blocks), one per attribute.</summary>
    public static IReadOnlyList<TextRun> Runs(BuiltPage page)
    {
        var groups = new Dictionary<IElement, List<Segment>>();
        var order = new List<IElement>();
        var attributes = new List<TextRun>();
        void Walk(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IElement el)
                {
                    if (Invisible.Contains(el.LocalName) || el.HasAttribute("hidden")) continue;
                    foreach (var a in Attributes)
                        if (el.GetAttribute(a) is { Length: > 0 } v && !(a == "title" && el.LocalName == "link"))
                            attributes.Add(new TextRun(page, el, [new Segment(v, LangOf(el))], a));
                    if (el.LocalName == "br") Add(el, " ");
                    Walk(el);
                }
                else if (child is IText text && text.Data.Length > 0 && text.ParentElement is { } parent)
                {
                    Add(parent, text.Data);
                }
            }
        }
        void Add(IElement at, string text)
        {
            IElement? block = at.LocalName == "br" ? at.ParentElement ?? at : at;
            while (block is not null && !Blocks.Contains(block.LocalName)) block = block.ParentElement;
            block ??= at.LocalName == "br" ? at.ParentElement ?? at : at;
            if (!groups.TryGetValue(block, out var list))
            {
                groups[block] = list = [];
                order.Add(block);
            }
            list.Add(new Segment(text, LangOf(at)));
        }
        Walk(page.Document);
        var runs = order.Select(b => new TextRun(page, b, groups[b])).Where(r => r.Text.Length > 0).ToList();
        runs.AddRange(attributes);
        return runs;
    }

    /// <summary>The element, for a failure message: its tag, id and class, below the closest ancestors that have an id.</summary>
    public static string Describe(IElement element)
    {
        static string One(IElement e)
        {
            var sb = new StringBuilder(e.LocalName);
            if (e.Id is { Length: > 0 } id) sb.Append('#').Append(id);
            else if (e.ClassName is { Length: > 0 } c) sb.Append('.').Append(c.Split(' ')[0]);
            return sb.ToString();
        }
        var parts = new List<string> { One(element) };
        var withId = 0;
        for (var e = element.ParentElement; e is not null && e.LocalName is not ("body" or "html") && withId < 2; e = e.ParentElement)
        {
            if (e.Id is { Length: > 0 } || e.LocalName is "figure" or "section" or "table" or "tr" or "nav" or "footer" or "header")
            {
                parts.Add(One(e));
                if (e.Id is { Length: > 0 }) withId++;
            }
        }
        parts.Reverse();
        return string.Join(" > ", parts);
    }
}
