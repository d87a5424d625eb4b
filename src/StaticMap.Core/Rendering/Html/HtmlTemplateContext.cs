using System.Net;
using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace StaticMap.Core.Rendering.Html;

/// <summary>A template to render where it is written, e.g. a page's own template as the base layout's {{ content }}.</summary>
public sealed record InPlaceTemplate(Template Template)
{
    /// <summary>Variables the template sees over the page's, e.g. another language's <c>t</c> for a page whose content is untranslated.</summary>
    public ScriptObject? Scope { get; init; }
}

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes with {{ … }}, unless it is <see cref="RawHtml"/>.
/// Theme authors therefore cannot forget to escape a plan's text: a "&lt;script&gt;" in a title stays text.
/// One context renders many pages, one after the other, into the same output buffer.
/// </summary>
public sealed class HtmlTemplateContext : TemplateContext
{
    private const int MaxDepth = 16;
    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly StringBuilder _buffer = new(64 * 1024);
    private readonly Encoder _encoder = Utf8.GetEncoder();
    private byte[] _bytes = new byte[64 * 1024];
    private int _depth;

    /// <summary>The names StaticMap's own templates rely on; a registered template function cannot take one.</summary>
    public static readonly IReadOnlySet<string> BuiltIn = new HashSet<string>(StringComparer.Ordinal)
        { "include", "link", "time", "lang_attr", "visually_hidden", "t", "tl", "content" };

    /// <param name="templates">The theme's parsed templates, by theme-relative path, for <c>include</c>.</param>
    /// <param name="functions">The registry's template functions (<c>StaticMapBuilder.AddTemplateFunction</c>), by name.</param>
    public HtmlTemplateContext(ITemplateLoader loader, IReadOnlyDictionary<string, Template> templates, IReadOnlyDictionary<string, Delegate>? functions = null)
    {
        TemplateLoader = loader;
        StrictVariables = true;
        EnableRelaxedMemberAccess = true;
        LoopLimit = 100_000;
        // Scriban cuts any string it writes at 1 MB by default; a page must never be silently truncated.
        LimitToString = 0;
        RecursiveLimit = 64;
        BuiltinObject.SetValue("include", new InPlaceInclude(templates), true);
        // 'link href text' makes an escaped <a> to put inside a sentence of the strings files: t "x" { credit: (link url name) }.
        BuiltinObject.Import("link", new Func<string, string, RawHtml>((href, text) =>
            new RawHtml($"<a href=\"{Localization.HtmlText.Escape(href)}\">{Localization.HtmlText.Escape(text)}</a>")));
        // 'time iso text' makes an escaped <time datetime> for a date inside a sentence: t "plan.released" { date: (time iso text) }.
        BuiltinObject.Import("time", new Func<string, string, RawHtml>((iso, text) =>
            new RawHtml($"<time datetime=\"{Localization.HtmlText.Escape(iso)}\">{Localization.HtmlText.Escape(text)}</time>")));
        // 'visually_hidden text' makes the words a screen reader reads and the page does not show, inside a sentence.
        // ' lang="en"' for an element whose text is in another language than the page, nothing for null: {{ lang_attr x.lang }}.
        BuiltinObject.Import("lang_attr", new Func<string?, RawHtml>(lang =>
            string.IsNullOrEmpty(lang) ? RawHtml.Empty : new RawHtml($" lang=\"{Localization.HtmlText.Escape(lang)}\"")));
        BuiltinObject.Import("visually_hidden", new Func<string, RawHtml>(text =>
            new RawHtml($"<span class=\"visually-hidden\">{Localization.HtmlText.Escape(text)}</span>")));
        foreach (var (name, function) in functions ?? new Dictionary<string, Delegate>()) BuiltinObject.Import(name, function);
        PushOutput(new StringBuilderOutput(_buffer));
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case RawHtml raw:
                return base.Write(span, raw.Value);
            case InPlaceTemplate { Scope: null } inner:
                RenderInPlace(inner.Template, span);
                return this;
            case InPlaceTemplate inner:
                PushGlobal(inner.Scope);
                try
                {
                    RenderInPlace(inner.Template, span);
                }
                finally
                {
                    PopGlobal();
                }
                return this;
            default:
                return base.Write(span, Localization.HtmlText.Escape(ObjectToString(textAsObject, false)));
        }
    }

    /// <summary>Renders <paramref name="template"/> into the current output, in the current scope.</summary>
    public void RenderInPlace(Template template, SourceSpan callerSpan = default)
    {
        if (template.Page is null) return; // an empty file
        if (_depth >= MaxDepth)
            throw new ScriptRuntimeException(callerSpan, $"templates include each other more than {MaxDepth} deep (does '{template.SourceFilePath}' include itself?)");
        _depth++;
        try
        {
            var result = Evaluate(template.Page);
            if (result is not null) Write(callerSpan, result);
        }
        finally
        {
            _depth--;
        }
    }

    /// <summary>What has been rendered since the last call, as UTF-8; valid until the next render on this context.</summary>
    public ReadOnlySpan<byte> TakeUtf8Output()
    {
        var needed = Utf8.GetMaxByteCount(_buffer.Length);
        if (_bytes.Length < needed) _bytes = new byte[Math.Max(needed, _bytes.Length * 2)];
        _encoder.Reset();
        var length = 0;
        foreach (var chunk in _buffer.GetChunks())
            length += _encoder.GetBytes(chunk.Span, _bytes.AsSpan(length), flush: false);
        length += _encoder.GetBytes(ReadOnlySpan<char>.Empty, _bytes.AsSpan(length), flush: true);
        _buffer.Clear();
        return _bytes.AsSpan(0, length);
    }

    /// <summary>
    /// '{{ include "partials/x.sbn-html" }}' renders the partial straight into the page being written, like Scriban's own
    /// include, but without rendering it to a string first and copying that string in.
    /// '{{ include "partials/pager.sbn-html" { previous: page.previous, next: page.next } }}' passes the partial its inputs:
    /// the object's members are variables of a new scope that only this partial (and what it includes) sees, and the
    /// variables the partial sets stay in that scope too, so nothing leaks back into the including template.
    /// </summary>
    private sealed class InPlaceInclude(IReadOnlyDictionary<string, Template> templates) : IScriptCustomFunction
    {
        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        {
            var span = callerContext?.Span ?? default;
            if (arguments.Count is < 1 or > 2)
                throw new ScriptRuntimeException(span, "include takes the theme-relative path of a template and optionally an object of arguments, e.g. include 'partials/chart.sbn-html' { chart: chart }");
            var name = context.ObjectToString(arguments[0]) ?? "";
            if (!templates.TryGetValue(name, out var template))
                throw new ScriptRuntimeException(span, $"the theme has no template '{name}'");
            var html = (HtmlTemplateContext)context;
            // Scriban fills an argument left out with null: 'include "x"' renders in the includer's scope.
            if (arguments.Count == 1 || arguments[1] is null)
            {
                html.RenderInPlace(template, span);
                return null;
            }
            if (arguments[1] is not ScriptObject values)
                throw new ScriptRuntimeException(span, $"include '{name}': the arguments must be an object such as {{ chart: chart }}, not '{context.ObjectToString(arguments[1])}'");
            // A fresh scope each time: the same partial included twice must not see the first call's variables.
            var scope = new ScriptObject(values.Count);
            foreach (var (key, value) in values) scope.SetValue(key, value, false);
            html.PushGlobal(scope);
            try
            {
                html.RenderInPlace(template, span);
            }
            finally
            {
                html.PopGlobal();
            }
            return null;
        }

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            new(Invoke(context, callerContext, arguments, blockStatement));

        public int RequiredParameterCount => 1;
        public int ParameterCount => 2;
        public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
        public Type ReturnType => typeof(void);
        public ScriptParameterInfo GetParameterInfo(int index) => index == 0 ? new(typeof(string), "template_name") : new(typeof(object), "arguments");
    }
}
