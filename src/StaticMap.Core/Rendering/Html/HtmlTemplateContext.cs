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
/// A page model whose partial the print view shows again (a component's page, a progress report's page): its narrative,
/// and for the print view's copy, the page's own model it was made from (<see cref="Original"/>).
/// </summary>
public interface IPagePart
{
    /// <summary>The narrative, rendered for this place (the print view's copy has its own ids and heading levels).</summary>
    RawHtml Body { get; }

    /// <summary>The page's model this copy was made from (the print view's section), or null for the page's own.</summary>
    IPagePart? Original { get; }
}

/// <summary>
/// The HTML each page of one part of the site (a plan in one language) wrote for its <see cref="IPagePart"/> with a
/// partial, kept for <c>include_reused</c> of the print view, which writes it again instead of rendering the partial a
/// second time (docs/theme.md, "include_reused"; docs/performance.md, "2026-12-07 (templates)"). One part renders on one
/// thread; the store is let go with the part.
/// </summary>
public sealed class PartFragments
{
    internal readonly Dictionary<IPagePart, Fragment> Items = new(ReferenceEqualityComparer.Instance);

    /// <summary>A partial's output around the narrative it wrote: <paramref name="Tl"/> the <c>tl</c> it saw, the headings at <paramref name="HeadingLevel"/>.</summary>
    internal sealed record Fragment(Template Template, int HeadingLevel, string Tl, string Before, string After);
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
    private readonly StringBuilderOutput _baseOutput;
    // While a page's partial is kept (PartFragments): its narrative, and where in the buffer it was written.
    private RawHtml? _captureBody;
    private int _bodyStart, _bodyEnd, _bodyWrites;
    // While a page's partial is kept: the parts of the buffer it marked screen_only, left out of the kept copy; -1: none open.
    private List<(int Start, int End)>? _screenOnly;
    private int _screenOnlyStart = -1;
    private bool _screenOnlyBroken;
    // While include_reused renders a partial itself (no kept copy): what it marks screen_only is written nowhere.
    private bool _leaveOutScreenOnly;
    private int _screenOnlyDiscarding;

    /// <summary>Where the pages of the part being rendered keep their partials' HTML for <c>include_reused</c>; null keeps nothing.</summary>
    public PartFragments? Fragments { get; set; }

    /// <summary>The names StaticMap's own templates rely on; a registered template function cannot take one.</summary>
    public static readonly IReadOnlySet<string> BuiltIn = new HashSet<string>(StringComparer.Ordinal)
        { "include", "include_reused", "screen_only", "end_screen_only", "link", "time", "lang_attr", "lang_span", "visually_hidden", "t", "tl", "content" };

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
        // A partial or value written where the template line is indented is not indented again line by line: the pages carry
        // no indentation of the templates (Templates/TemplateIndentation.cs takes the templates' own out when they are parsed).
        AutoIndent = false;
        BuiltinObject.SetValue("include", new InPlaceInclude(templates, reuse: false), true);
        // 'include_reused' as 'include', but a page part's partial the part's own page wrote is written again (PartFragments).
        BuiltinObject.SetValue("include_reused", new InPlaceInclude(templates, reuse: true), true);
        // '{{~ screen_only ~}} … {{~ end_screen_only ~}}' in a partial: written on the partial's own page, left out of what
        // include_reused writes (the print view: a chart's share controls, which are never printed; docs/theme.md).
        BuiltinObject.SetValue("screen_only", new ScreenOnlyMark(start: true), true);
        BuiltinObject.SetValue("end_screen_only", new ScreenOnlyMark(start: false), true);
        // StaticMap's own small functions are IScriptCustomFunction objects rather than imported delegates: Scriban calls an
        // imported delegate through reflection (an argument array, each argument converted, DynamicInvoke), on every call of
        // every page (docs/performance.md, "2026-12-07 (fourth session), render"). The same arguments, conversions and results.
        // 'link href text' makes an escaped <a> to put inside a sentence of the strings files: t "x" { credit: (link url name) }.
        BuiltinObject.SetValue("link", new TextFunction(2, a =>
            new RawHtml($"<a href=\"{Localization.HtmlText.Escape(a[0])}\">{Localization.HtmlText.Escape(a[1])}</a>")), true);
        // 'time iso text' makes an escaped <time datetime> for a date inside a sentence: t "plan.released" { date: (time iso text) }.
        BuiltinObject.SetValue("time", new TextFunction(2, a =>
            new RawHtml($"<time datetime=\"{Localization.HtmlText.Escape(a[0])}\">{Localization.HtmlText.Escape(a[1])}</time>")), true);
        // ' lang="en"' for an element whose text is in another language than the page, nothing for null: {{ lang_attr x.lang }}.
        BuiltinObject.SetValue("lang_attr", new TextFunction(1, a =>
            string.IsNullOrEmpty(a[0]) ? RawHtml.Empty : new RawHtml($" lang=\"{Localization.HtmlText.Escape(a[0])}\"")), true);
        // 'lang_span text lang' writes the text, escaped, in a <span lang> when it is in another language than the page (a
        // coalition member's name on a translation's page), the text alone for null: {{ lang_span member.name member.name_language }}.
        BuiltinObject.SetValue("lang_span", new TextFunction(2, a =>
        {
            var text = Localization.HtmlText.Escape(a[0] ?? "");
            return new RawHtml(string.IsNullOrEmpty(a[1]) ? text : $"<span lang=\"{Localization.HtmlText.Escape(a[1])}\">{text}</span>");
        }), true);
        // 'visually_hidden text' makes the words a screen reader reads and the page does not show, inside a sentence.
        // Its text may be HTML (a name with a word marked lang="en", from 't' or a model): kept as it is; any other text is escaped.
        BuiltinObject.SetValue("visually_hidden", new HtmlFunction(html =>
            new RawHtml($"<span class=\"visually-hidden\">{html}</span>")), true);
        foreach (var (name, function) in functions ?? new Dictionary<string, Delegate>()) BuiltinObject.Import(name, function);
        _baseOutput = new StringBuilderOutput(_buffer);
        PushOutput(_baseOutput);
    }

    /// <summary>A page model's members are read through delegates made once per type (<see cref="ModelAccessor"/>), the
    /// same members Scriban's reflection accessor lists; anything else (script objects, lists, dictionaries) as Scriban reads it.</summary>
    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        var accessor = base.GetMemberAccessorImpl(target);
        if (accessor is not Scriban.Runtime.Accessors.TypedObjectAccessor typed || MemberFilter is not null || MemberRenamer != StandardMemberRenamer.Default)
            return accessor;
        var model = ModelAccessor.For(target.GetType(), typed);
        return AccessorSeam.Value is { } seam ? seam(target, typed, model) : model;
    }

    /// <summary>For tests, in the build that sets it: given each model a context first reads of its type, Scriban's accessor
    /// and StaticMap's, returns the one to read it with.</summary>
    internal static readonly AsyncLocal<Func<object, IObjectAccessor, IObjectAccessor, IObjectAccessor>?> AccessorSeam = new();

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case RawHtml raw when _captureBody is not null && ReferenceEquals(raw, _captureBody):
                _bodyStart = _buffer.Length;
                base.Write(span, raw.Value);
                _bodyEnd = _buffer.Length;
                _bodyWrites++;
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

    /// <summary>The <c>tl</c> the template sees here, as written; null when it has none.</summary>
    private string? CurrentTl()
    {
        try
        {
            return GetValue(ScriptVariable.Create("tl", ScriptVariableScope.Global)) switch { RawHtml raw => raw.Value, null => null, var other => "\u0001" + ObjectToString(other) };
        }
        catch (ScriptRuntimeException)
        {
            return null;
        }
    }

    /// <summary>Renders a page part's partial and keeps its HTML around the narrative, when the narrative was written once, into the page's buffer.</summary>
    private void RenderKept(PartFragments store, IPagePart part, Template template, int headingLevel, string tl, SourceSpan span)
    {
        var start = _buffer.Length;
        _captureBody = part.Body;
        _bodyWrites = 0;
        _screenOnly = [];
        _screenOnlyStart = -1;
        _screenOnlyBroken = false;
        List<(int Start, int End)> screenOnly;
        try
        {
            RenderInPlace(template, span);
        }
        finally
        {
            _captureBody = null;
            screenOnly = _screenOnly;
            _screenOnly = null;
        }
        if (_bodyWrites == 1 && !_screenOnlyBroken && _screenOnlyStart < 0 && ReferenceEquals(Output, _baseOutput) && _bodyStart >= start && _bodyEnd <= _buffer.Length
            && screenOnly.All(r => r.End <= _bodyStart || r.Start >= _bodyEnd))
            store.Items[part] = new PartFragments.Fragment(template, headingLevel, tl,
                Kept(start, _bodyStart, screenOnly), Kept(_bodyEnd, _buffer.Length, screenOnly));
    }

    /// <summary>The buffer from <paramref name="start"/> to <paramref name="end"/> without the parts marked screen_only.</summary>
    private string Kept(int start, int end, List<(int Start, int End)> screenOnly)
    {
        if (!screenOnly.Any(r => r.Start < end && r.End > start)) return _buffer.ToString(start, end - start);
        var kept = new StringBuilder(end - start);
        var at = start;
        foreach (var (from, to) in screenOnly)
        {
            if (to <= at || from >= end) continue;
            kept.Append(_buffer, at, from - at);
            at = to;
        }
        return kept.Append(_buffer, at, end - at).ToString();
    }

    /// <summary>Renders a partial in place; for include_reused (<paramref name="leaveOutScreenOnly"/>), without what it marks screen_only.</summary>
    private void RenderPartial(Template template, SourceSpan span, bool leaveOutScreenOnly)
    {
        if (!leaveOutScreenOnly || _leaveOutScreenOnly)
        {
            RenderInPlace(template, span);
            return;
        }
        _leaveOutScreenOnly = true;
        var discarding = _screenOnlyDiscarding;
        try
        {
            RenderInPlace(template, span);
        }
        finally
        {
            // A screen_only the partial left open ends with it.
            for (; _screenOnlyDiscarding > discarding; _screenOnlyDiscarding--) PopOutput();
            _leaveOutScreenOnly = false;
        }
    }

    /// <summary>
    /// screen_only (<paramref name="start"/>) or end_screen_only: while a page's partial is kept, where in the buffer the
    /// part left out of the kept copy starts or ends; while include_reused renders the partial itself, the part's output is
    /// sent nowhere. Elsewhere (the partial's own page, any other template) nothing happens.
    /// </summary>
    private void MarkScreenOnly(bool start, SourceSpan span)
    {
        if (_leaveOutScreenOnly)
        {
            if (start)
            {
                PushOutput(new StringBuilderOutput());
                _screenOnlyDiscarding++;
            }
            else if (_screenOnlyDiscarding > 0)
            {
                PopOutput();
                _screenOnlyDiscarding--;
            }
            else throw new ScriptRuntimeException(span, "end_screen_only without a screen_only before it");
            return;
        }
        if (_screenOnly is null) return;
        // Only marks written straight into the page's buffer, in pairs, can be cut out of it; otherwise no copy is kept.
        if (!ReferenceEquals(Output, _baseOutput) || (start ? _screenOnlyStart >= 0 : _screenOnlyStart < 0))
        {
            _screenOnlyBroken = true;
            return;
        }
        if (start) _screenOnlyStart = _buffer.Length;
        else
        {
            _screenOnly.Add((_screenOnlyStart, _buffer.Length));
            _screenOnlyStart = -1;
        }
    }

    /// <summary>'screen_only' and 'end_screen_only': no arguments, no output of their own (<see cref="MarkScreenOnly"/>).</summary>
    private sealed class ScreenOnlyMark(bool start) : IScriptCustomFunction
    {
        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        {
            ((HtmlTemplateContext)context).MarkScreenOnly(start, callerContext?.Span ?? default);
            return null;
        }

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            new(Invoke(context, callerContext, arguments, blockStatement));

        public int RequiredParameterCount => 0;
        public int ParameterCount => 0;
        public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
        public Type ReturnType => typeof(void);
        public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "none");
    }

    /// <summary>A kept partial's HTML written again with this place's narrative, its headings moved by <paramref name="shift"/> levels.</summary>
    private void WriteAgain(PartFragments.Fragment kept, RawHtml body, int shift)
    {
        // Straight into the output: the HTML is as the partial wrote it, so Scriban must not indent it again for the include's place.
        foreach (var html in (ReadOnlySpan<string>)[ShiftHeadings(kept.Before, shift), body.Value, ShiftHeadings(kept.After, shift)])
            Output.Write(html, 0, html.Length);
    }

    /// <summary>Every heading tag of a partial's own HTML (<c>&lt;h3 …&gt;</c>, <c>&lt;/h3&gt;</c>) moved by <paramref name="shift"/>
    /// levels: the partial wrote them from its heading_level, everything else it wrote is escaped text or StaticMap's own
    /// markup without headings (the narrative, which has its own, is not part of it).</summary>
    internal static string ShiftHeadings(string html, int shift)
    {
        if (shift == 0) return html;
        var result = new StringBuilder(html.Length + 16);
        var last = 0;
        for (var i = html.IndexOf("<", StringComparison.Ordinal); i >= 0 && i < html.Length - 2; i = html.IndexOf('<', i + 1))
        {
            var at = i + 1;
            if (html[at] == '/') at++;
            if (at >= html.Length || html[at] != 'h') continue;
            var digits = at + 1;
            var end = digits;
            while (end < html.Length && char.IsAsciiDigit(html[end])) end++;
            if (end == digits || end >= html.Length || !(html[end] is ' ' or '>' or '/' or '\n' or '\t')) continue;
            result.Append(html, last, digits - last).Append(int.Parse(html.AsSpan(digits, end - digits), System.Globalization.CultureInfo.InvariantCulture) + shift);
            last = end;
        }
        return result.Append(html, last, html.Length - last).ToString();
    }

    /// <summary>
    /// A function of one or two text arguments returning HTML, called without reflection. Each argument is converted to a
    /// string as Scriban converts a delegate's string parameter (<see cref="TemplateContext.ToObject"/>; null stays null), and
    /// Scriban checks the number of arguments against <see cref="ParameterCount"/> before the call, as for a delegate.
    /// </summary>
    private sealed class TextFunction(int count, Func<string?[], RawHtml> body) : IScriptCustomFunction
    {
        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        {
            var span = callerContext?.Span ?? default;
            var texts = new string?[count];
            for (var i = 0; i < count && i < arguments.Count; i++)
                texts[i] = arguments[i] switch { null => null, string s => s, var other => (string?)context.ToObject(span, other, typeof(string)) };
            return body(texts);
        }

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            new(Invoke(context, callerContext, arguments, blockStatement));

        public int RequiredParameterCount => count;
        public int ParameterCount => count;
        public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
        public Type ReturnType => typeof(RawHtml);
        public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), count == 1 ? "text" : index == 0 ? "value" : "text");
    }

    /// <summary>A function of one argument that is HTML: a <see cref="RawHtml"/> as it is, anything else as escaped text.</summary>
    private sealed class HtmlFunction(Func<string, RawHtml> body) : IScriptCustomFunction
    {
        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        {
            var span = callerContext?.Span ?? default;
            var html = arguments.Count == 0 ? "" : arguments[0] switch
            {
                null => "",
                RawHtml raw => raw.Value,
                string s => Localization.HtmlText.Escape(s),
                var other => Localization.HtmlText.Escape((string?)context.ToObject(span, other, typeof(string))),
            };
            return body(html);
        }

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            new(Invoke(context, callerContext, arguments, blockStatement));

        public int RequiredParameterCount => 1;
        public int ParameterCount => 1;
        public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
        public Type ReturnType => typeof(RawHtml);
        public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "text");
    }

    /// <summary>
    /// '{{ include "partials/x.sbn-html" }}' renders the partial straight into the page being written, like Scriban's own
    /// include, but without rendering it to a string first and copying that string in.
    /// '{{ include "partials/pager.sbn-html" { previous: page.previous, next: page.next } }}' passes the partial its inputs:
    /// the object's members are variables of a new scope that only this partial (and what it includes) sees, and the
    /// variables the partial sets stay in that scope too, so nothing leaks back into the including template.
    /// </summary>
    private sealed class InPlaceInclude(IReadOnlyDictionary<string, Template> templates, bool reuse) : IScriptCustomFunction
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
                html.RenderPartial(template, span, reuse);
                return null;
            }
            if (arguments[1] is not ScriptObject values)
                throw new ScriptRuntimeException(span, $"include '{name}': the arguments must be an object such as {{ chart: chart }}, not '{context.ObjectToString(arguments[1])}'");
            // A fresh scope each time: the same partial included twice must not see the first call's variables.
            var scope = new ScriptObject(values.Count);
            IPagePart? part = null;
            var parts = 0;
            int? level = null;
            foreach (var (key, value) in values)
            {
                scope.SetValue(key, value, false);
                if (value is IPagePart p) { part = p; parts++; }
                if (key == "heading_level" && value is int l) level = l;
            }
            if (parts != 1) part = null; // one page part among the arguments, or none kept
            html.PushGlobal(scope);
            try
            {
                if (html.Fragments is { } store && part is not null && level is { } headingLevel && html.CurrentTl() is { } tl)
                {
                    if (reuse && part.Original is { } original && store.Items.TryGetValue(original, out var kept) && kept.Template == template && kept.Tl == tl)
                    {
                        html.WriteAgain(kept, part.Body, headingLevel - kept.HeadingLevel);
                        return null;
                    }
                    if (part.Original is null && html._captureBody is null && ReferenceEquals(html.Output, html._baseOutput))
                    {
                        html.RenderKept(store, part, template, headingLevel, tl, span);
                        return null;
                    }
                }
                html.RenderPartial(template, span, reuse);
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
