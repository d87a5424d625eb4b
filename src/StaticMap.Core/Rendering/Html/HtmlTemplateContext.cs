using System.Net;
using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace StaticMap.Core.Rendering.Html;

/// <summary>A template to render where it is written, e.g. a page's own template as the base layout's {{ content }}.</summary>
public sealed record InPlaceTemplate(Template Template);

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

    /// <param name="templates">The theme's parsed templates, by theme-relative path, for <c>include</c>.</param>
    public HtmlTemplateContext(ITemplateLoader loader, IReadOnlyDictionary<string, Template> templates)
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
            new RawHtml($"<a href=\"{WebUtility.HtmlEncode(href)}\">{WebUtility.HtmlEncode(text)}</a>")));
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
            case InPlaceTemplate inner:
                RenderInPlace(inner.Template, span);
                return this;
            default:
                return base.Write(span, WebUtility.HtmlEncode(ObjectToString(textAsObject, false)));
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
    /// '{{ include "partials/x.sbn-html" }}' renders the partial straight into the page being written, in the page's
    /// scope, like Scriban's own include, but without rendering it to a string first and copying that string in.
    /// </summary>
    private sealed class InPlaceInclude(IReadOnlyDictionary<string, Template> templates) : IScriptCustomFunction
    {
        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        {
            var span = callerContext?.Span ?? default;
            if (arguments.Count != 1)
                throw new ScriptRuntimeException(span, "include takes one argument: the theme-relative path of a template, e.g. 'partials/chart.sbn-html'");
            var name = context.ObjectToString(arguments[0]) ?? "";
            if (!templates.TryGetValue(name, out var template))
                throw new ScriptRuntimeException(span, $"the theme has no template '{name}'");
            ((HtmlTemplateContext)context).RenderInPlace(template, span);
            return null;
        }

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            new(Invoke(context, callerContext, arguments, blockStatement));

        public int RequiredParameterCount => 1;
        public int ParameterCount => 1;
        public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
        public Type ReturnType => typeof(void);
        public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "template_name");
    }
}
