using System.Text.RegularExpressions;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;

namespace StaticMap.Core.Validation.Rules;

/// <summary>WCAG 1.1.1: every image needs a text alternative.</summary>
public sealed partial class ImageWithoutAlt() : MarkdownRule("MAP060", "Image without alt text",
    help: "Describe the image between the brackets: ![Coalition members by sector](assets/coalition.svg). Screen-reader users hear this text instead of the image.")
{
    public static readonly ImageWithoutAlt Instance = new();

    [GeneratedRegex(@"<img\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ImgTag();

    [GeneratedRegex(@"\balt\s*=\s*(""[^""]*\S[^""]*""|'[^']*\S[^']*'|[^\s""'>]+)", RegexOptions.IgnoreCase)]
    private static partial Regex NonEmptyAlt();

    /// <summary>The narratives of the plan alone.</summary>
    public override RuleInputs Reads => RuleInputs.None;

    public override void CheckBody(MarkdownBody body, ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var image in MarkdownInspector.Links(body).Where(l => l.IsImage))
        {
            if (MarkdownInspector.AltText(image).Length == 0)
                diagnostics.Add(At(MarkdownInspector.SpanOf(body, image),
                    $"the image '{image.Url}' has no alt text; describe it between the brackets, like ![What the image shows]({image.Url})"));
        }
        foreach (var html in MarkdownInspector.RawHtml(body))
        {
            foreach (Match img in ImgTag().Matches(MarkdownInspector.RawHtmlText(html)))
            {
                if (!NonEmptyAlt().IsMatch(img.Value))
                    diagnostics.Add(At(MarkdownInspector.SpanOf(body, html),
                        "an <img> tag has no alt text; add alt=\"what the image shows\""));
            }
        }
    }
}
