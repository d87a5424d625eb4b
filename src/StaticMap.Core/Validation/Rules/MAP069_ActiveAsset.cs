using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;
using StaticMap.Core.Reading;
using StaticMap.Core.Validation.Svg;

namespace StaticMap.Core.Validation.Rules;

/// <summary>
/// Assets are published as they are, at the site's own address. A web page, a script or an SVG with scripts among them
/// would run as part of the site for anyone who opens it (a link to it in a narrative is enough), so they are refused.
/// SVGs are parsed and held against an allow-list by <see cref="SvgInspector"/>; this rule only finds the files.
/// </summary>
public sealed class ActiveAsset() : DiagnosticCode("MAP069", "validate", "Asset that would run as a page or script",
    help: "Files in assets/ are published as they are, at the site's own address, so a web page (.html), a script (.js) or an SVG that can run script would run as part of the site. " +
        "An SVG is read as XML and may hold only SVG drawing elements and attributes, Inkscape, Sodipodi and Illustrator editor data, and RDF, Dublin Core and Creative Commons data inside the metadata element: " +
        "no DOCTYPE, no processing instructions (xml-stylesheet), no script, foreignObject or element of another namespace such as XHTML, no event attributes (onload=…) and no animation of href or event attributes; " +
        "use, gradients, patterns and filters may refer only to '#id' in the same file, image may only embed a PNG, JPEG, GIF or WebP as data:image/…;base64, links (a href) go to https:, http:, mailto:, relative paths or '#id', " +
        "and styles may not use @import, expression(), javascript: or url() other than url(#id). A file that is not well-formed XML cannot be checked and is refused too. " +
        "Publish documents as PDF; export the SVG again as plain SVG (without editing data such as Illustrator's 'Preserve Illustrator Editing Capabilities'), or publish a PNG."), IPlanRule, ISiteRule
{
    public static readonly ActiveAsset Instance = new();

    /// <summary>Files a browser runs as a page or script of the site when opened from it.</summary>
    private static readonly string[] RunnableExtensions =
        [".html", ".htm", ".xhtml", ".xht", ".shtml", ".mhtml", ".js", ".mjs", ".xml", ".xsl", ".xslt", ".svgz", ".swf"];

    /// <summary>The plan alone.</summary>
    public RuleInputs Reads => RuleInputs.None;

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
        string text;
        try
        {
            // Through the file-access layer, so a site held in memory (a git revision for staticmap diff) is checked too.
            using var file = new RepositoryFiles(root).OpenOrThrow(Path.Combine(root, path.Replace('/', Path.DirectorySeparatorChar)));
            if (file.Length > TextFileReader.MaxPlanTextBytes)
            {
                diagnostics.Add(At(SourceSpan.File(path),
                    "this SVG is too large to check for scripts, and an SVG opened from the site runs its scripts; make it smaller or publish it as a PNG"));
                return;
            }
            text = file.ReadAllText();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return; // the file could not be read; the build's copy step will say so
        }
        foreach (var problem in SvgInspector.Inspect(text))
            diagnostics.Add(At(new SourceSpan(path, problem.Line, problem.Column), problem.Message));
    }
}
