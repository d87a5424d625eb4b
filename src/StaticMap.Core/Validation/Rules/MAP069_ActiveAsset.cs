using System.Text.RegularExpressions;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;
using StaticMap.Core.Reading;

namespace StaticMap.Core.Validation.Rules;

/// <summary>
/// Assets are published as they are, at the site's own address. A web page, a script or an SVG with scripts among them
/// would run as part of the site for anyone who opens it (a link to it in a narrative is enough), so they are refused.
/// </summary>
public sealed partial class ActiveAsset : Rule, IPlanRule, ISiteRule
{
    public static readonly ActiveAsset Instance = new();
    public override string Code => "MAP069";
    public override string Title => "Asset that would run as a page or script";
    public override string Stage => "validate";
    public override string Help => "Files in assets/ are published as they are, at the site's own address, so a web page (.html), a script (.js) or an SVG with scripts, event attributes (onload=…) or javascript: links would run as part of the site. Publish documents as PDF, and SVGs without scripts.";

    /// <summary>Files a browser runs as a page or script of the site when opened from it.</summary>
    private static readonly string[] RunnableExtensions =
        [".html", ".htm", ".xhtml", ".xht", ".shtml", ".mhtml", ".js", ".mjs", ".xml", ".xsl", ".xslt", ".svgz", ".swf"];

    [GeneratedRegex(@"<\s*script\b|\son[a-z]+\s*=|(javascript|vbscript)\s*:|<\s*(foreignObject|iframe|embed|object|handler|listener)\b|href\s*=\s*[""']?\s*data:", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptInSvg();

    public void Check(Plan plan, ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var asset in plan.Assets) CheckFile(context.Site.Root, $"{plan.Folder}/{asset}", diagnostics);
    }

    public void Check(ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var asset in context.Site.Assets) CheckFile(context.Site.Root, asset, diagnostics);
    }

    private void CheckFile(string root, string path, DiagnosticBag diagnostics)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (RunnableExtensions.Contains(extension))
        {
            diagnostics.Add(At(SourceSpan.File(path),
                $"a {extension} file in assets is published as it is and would run as a page or script of the site; publish it as a PDF or an image instead"));
            return;
        }
        if (extension != ".svg") return;
        var file = new FileInfo(Path.Combine(root, path.Replace('/', Path.DirectorySeparatorChar)));
        string text;
        try
        {
            if (file.Length > TextFileReader.MaxPlanTextBytes)
            {
                diagnostics.Add(At(SourceSpan.File(path),
                    "this SVG is too large to check for scripts, and an SVG opened from the site runs its scripts; make it smaller or publish it as a PNG"));
                return;
            }
            text = new RepositoryFiles(root).ReadAllText(file.FullName);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return; // the file could not be read; the build's copy step will say so
        }
        var match = ScriptInSvg().Match(text);
        if (!match.Success) return;
        var index = match.Index + match.Value.Length - match.Value.TrimStart().Length;
        var line = 1 + text.AsSpan(0, index).Count('\n');
        var column = index - (index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1) + 1;
        diagnostics.Add(At(new SourceSpan(path, line, column),
            $"this SVG holds '{match.Value.Trim()}', which runs when someone opens the image from the site; remove scripts, event attributes and javascript: links from it"));
    }
}
