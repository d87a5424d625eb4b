using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using StaticMap.Core.Localization;

namespace StaticMap.Core.Rendering.Html;

/// <summary>
/// The templates' <c>t</c>: the interface text of a key in the page's language.
/// <c>{{ t "nav.home" }}</c>; <c>{{ t "progress.updates" 3 }}</c> picks the plural form for 3 and fills {count};
/// <c>{{ t "status.reported" { status: x, year: y } }}</c> fills named placeholders (a <c>count</c> among them picks the plural form).
/// </summary>
public sealed class TranslateFunction(UiStrings strings) : IScriptCustomFunction
{
    public UiStrings Strings { get; } = strings;

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? default;
        if (arguments.Count is < 1 or > 2)
            throw new ScriptRuntimeException(span, "t takes a key and optionally a count or an object of values, e.g. t \"nav.home\" or t \"x.items\" 3");
        var key = context.ObjectToString(arguments[0]) ?? "";
        if (arguments.Count == 1 || arguments[1] is null) return Strings.Text(key);
        switch (arguments[1])
        {
            case ScriptObject values:
            {
                // A value that is HTML (a link from the templates' 'link') goes in as it is; the text around it and every
                // other value are escaped here, and the whole is returned as HTML.
                // Loops rather than LINQ: t is called a few hundred times a page (docs/performance.md, "2026-12-07 (fourth session), render").
                var html = false;
                // Not values.Values: Scriban makes a new list of them on every read (a fifth of t's own time, templates2).
                foreach (var (_, value) in values)
                    if (value is RawHtml) { html = true; break; }
                var plural = values.TryGetValue("count", out var count) && ToDecimal(count) is not null;
                var args = new (string Name, object? Value)[plural ? values.Count - 1 : values.Count];
                var i = 0;
                foreach (var (name, value) in values)
                    if (!plural || name != "count") args[i++] = (name, Display(context, value, html));
                var text = plural ? Strings.Plural(key, ToDecimal(count)!.Value, args, html) : Strings.Text(key, args, html);
                return html ? new RawHtml(text) : text;
            }
            case var value when ToDecimal(value) is { } number:
                return Strings.Plural(key, number);
            case var value:
                throw new ScriptRuntimeException(span, $"t \"{key}\": the second argument must be a count or an object of values, not '{context.ObjectToString(value)}'");
        }
    }

    private static object? Display(TemplateContext context, object? value, bool html)
    {
        var text = value switch
        {
            null => "",
            string s => s,
            RawHtml raw => raw.Value,
            _ => context.ObjectToString(value),
        };
        return html && value is not RawHtml ? Localization.HtmlText.Escape(text) : text;
    }

    private static decimal? ToDecimal(object? value) => value switch
    {
        int i => i,
        long l => l,
        decimal d => d,
        double d => (decimal)d,
        float f => (decimal)f,
        _ => null,
    };

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => 1;
    public int ParameterCount => 2;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
    public Type ReturnType => typeof(string);
    public ScriptParameterInfo GetParameterInfo(int index) => index == 0 ? new(typeof(string), "key") : new(typeof(object), "values");
}
