using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;

namespace StaticMap.Core.Validation.Rules;

/// <summary>
/// A word of a link's text that mixes Latin letters with Cyrillic or Greek ones ("Pаypal" with a Cyrillic 'а') looks like
/// one word and is another: the classic look-alike of phishing. A warning at the first letter of the other alphabet;
/// words written wholly in one alphabet (Spanish, Greek or Russian words) are fine.
/// </summary>
public sealed class MixedScriptLinkText() : MarkdownRule("MAP058", "Look-alike letters in a link", Severity.Warning,
    help: "A word in a link's text mixes Latin letters with Cyrillic or Greek letters that look the same (Cyrillic 'а' U+0430 in 'Pаypal'), so the link reads as one word and is another. Retype the word in one alphabet.")
{
    public static readonly MixedScriptLinkText Instance = new();

    private enum Script { Other, Latin, Cyrillic, Greek }

    private static Script Of(char c) => c switch
    {
        >= 'A' and <= 'Z' or >= 'a' and <= 'z' => Script.Latin,
        >= '\u00C0' and <= '\u024F' when char.IsLetter(c) => Script.Latin,
        >= '\u0370' and <= '\u03FF' when char.IsLetter(c) => Script.Greek,
        >= '\u0400' and <= '\u052F' when char.IsLetter(c) => Script.Cyrillic,
        _ => Script.Other,
    };

    /// <summary>The narratives of the plan alone.</summary>
    public override RuleInputs Reads => RuleInputs.None;

    public override void CheckBody(MarkdownBody body, ValidationContext context, DiagnosticBag diagnostics)
    {
        var text = body.Markdown;
        foreach (var link in MarkdownInspector.Links(body))
        {
            foreach (var literal in link.Descendants<LiteralInline>())
            {
                var (start, end) = (literal.Span.Start, Math.Min(literal.Span.End, text.Length - 1));
                if (start < 0) continue;
                var i = start;
                while (i <= end)
                {
                    if (!char.IsLetter(text[i])) { i++; continue; }
                    var wordStart = i;
                    while (i <= end && char.IsLetter(text[i])) i++;
                    if (Mixed(text, wordStart, i) is { } odd)
                    {
                        var word = text[wordStart..i];
                        var c = text[odd];
                        diagnostics.Add(At(MarkdownInspector.SpanAt(body, odd),
                            $"the word '{word}' in a link mixes Latin letters with the {Of(c)} letter '{c}' (U+{(int)c:X4}), which looks like a Latin " +
                            "letter, so the link reads as one word and is another; retype the word in one alphabet"));
                    }
                }
            }
        }
    }

    /// <summary>The index of the first letter of the word's other alphabet when it mixes Latin with Cyrillic or Greek.</summary>
    private static int? Mixed(string text, int start, int end)
    {
        int latin = 0, other = 0;
        for (var i = start; i < end; i++)
        {
            var s = Of(text[i]);
            if (s == Script.Latin) latin++;
            else if (s is Script.Cyrillic or Script.Greek) other++;
        }
        if (latin == 0 || other == 0) return null;
        // The letters of the word's smaller alphabet are the look-alikes; on a tie, the Cyrillic or Greek ones.
        var oddLatin = latin < other;
        for (var i = start; i < end; i++)
        {
            var s = Of(text[i]);
            if (oddLatin ? s == Script.Latin : s is Script.Cyrillic or Script.Greek) return i;
        }
        return null;
    }
}
