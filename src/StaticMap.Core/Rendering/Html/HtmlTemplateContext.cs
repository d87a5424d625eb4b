using System.Net;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace StaticMap.Core.Rendering.Html;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes with {{ … }}, unless it is <see cref="RawHtml"/>.
/// Theme authors therefore cannot forget to escape a plan's text: a "&lt;script&gt;" in a title stays text.
/// </summary>
public sealed class HtmlTemplateContext : TemplateContext
{
    public HtmlTemplateContext(ITemplateLoader loader)
    {
        TemplateLoader = loader;
        StrictVariables = true;
        EnableRelaxedMemberAccess = true;
        LoopLimit = 100_000;
        // Scriban cuts any string it writes at 1 MB by default; a page must never be silently truncated.
        LimitToString = 0;
        RecursiveLimit = 64;
        if (BuiltinObject["include"] is IScriptCustomFunction include)
            BuiltinObject.SetValue("include", new RawInclude(include), true);
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        return textAsObject switch
        {
            null => this,
            RawHtml raw => base.Write(span, raw.Value),
            _ => base.Write(span, WebUtility.HtmlEncode(ObjectToString(textAsObject, false))),
        };
    }

    /// <summary>The built-in include, whose output is already-escaped HTML.</summary>
    private sealed class RawInclude(IScriptCustomFunction inner) : IScriptCustomFunction
    {
        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            new RawHtml(inner.Invoke(context, callerContext, arguments, blockStatement) as string ?? "");

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            new(Invoke(context, callerContext, arguments, blockStatement));

        public int RequiredParameterCount => inner.RequiredParameterCount;
        public int ParameterCount => inner.ParameterCount;
        public ScriptVarParamKind VarParamKind => inner.VarParamKind;
        public Type ReturnType => typeof(RawHtml);
        public ScriptParameterInfo GetParameterInfo(int index) => inner.GetParameterInfo(index);
    }
}
