using System.Net;
using System.Text.RegularExpressions;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;

namespace StaticMap.Core.Validation.Rules;

/// <summary>Raw HTML is sanitised when rendered; this tells the author what will be removed, and where.</summary>
public sealed partial class UnsafeHtml() : MarkdownRule("MAP064", "Unsafe HTML removed", Severity.Warning,
    help: "Scripts, iframes, embedded objects, forms, styles and event attributes (onclick=, onerror=…) are removed from plan text; use Markdown instead.")
{
    public static readonly UnsafeHtml Instance = new();

    [GeneratedRegex(@"<\s*(script|iframe|object|embed|form|style|link|meta|base|frame|frameset|svg|math)\b|\son[a-z]+\s*=|(javascript|vbscript|data)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex Dangerous();

    /// <summary>A scheme as a browser reads it: tabs, line breaks and spaces inside "java script:" are dropped.</summary>
    [GeneratedRegex(@"(javascript|vbscript):", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptScheme();

    [GeneratedRegex(@"[\x00-\x20]")]
    private static partial Regex ControlsAndSpaces();

    /// <summary>An address a browser reads as javascript:, vbscript: or data: (what this rule reports in raw HTML).</summary>
    public static bool IsScriptAddress(string address)
    {
        var cleaned = ControlsAndSpaces().Replace(address, "").ToLowerInvariant();
        return cleaned.StartsWith("javascript:", StringComparison.Ordinal) || cleaned.StartsWith("vbscript:", StringComparison.Ordinal)
            || cleaned.StartsWith("data:", StringComparison.Ordinal);
    }

    /// <summary>The narratives of the plan alone.</summary>
    public override RuleInputs Reads => RuleInputs.None;

    public override void CheckBody(MarkdownBody body, ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var html in MarkdownInspector.RawHtml(body))
        {
            // Entities hide schemes from a plain search: "javascript&colon;", "&#106;avascript:", "jav&#x09;ascript:".
            var text = WebUtility.HtmlDecode(MarkdownInspector.RawHtmlText(html))
                .Replace("&colon;", ":", StringComparison.Ordinal).Replace("&Tab;", "\t", StringComparison.Ordinal)
                .Replace("&NewLine;", "\n", StringComparison.Ordinal);
            var match = Dangerous().Match(text);
            if (!match.Success) match = ScriptScheme().Match(ControlsAndSpaces().Replace(text, ""));
            if (match.Success)
                diagnostics.Add(At(MarkdownInspector.SpanOf(body, html),
                    $"'{match.Value.Trim()}' is removed from the page: plan text may not contain scripts, iframes, forms, styles or event attributes; use Markdown instead"));
        }
    }
}
