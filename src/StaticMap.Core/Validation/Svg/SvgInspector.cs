using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace StaticMap.Core.Validation.Svg;

/// <summary>Something an SVG may not hold, at its 1-based line and column in the file.</summary>
public readonly record struct SvgProblem(int Line, int Column, string Message);

/// <summary>
/// Checks an SVG by parsing it as XML (no DTD, no entities, no resolver: character references are decoded by the
/// reader before anything is checked) and holding every element and attribute against <see cref="SvgAllowList"/>.
/// An element that is refused is reported once and its content skipped; a file that is not well-formed XML is
/// refused as a whole, since what a browser would make of it cannot be known.
/// </summary>
public static partial class SvgInspector
{
    /// <summary>Enough to fix a file in one go without flooding the report.</summary>
    public const int MaxProblems = 20;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        CheckCharacters = true,
        CloseInput = true,
    };

    public static IReadOnlyList<SvgProblem> Inspect(string text)
    {
        var problems = new List<SvgProblem>();
        var rootSeen = false;
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), Settings);
            var info = (IXmlLineInfo)reader;
            // The depth of the <metadata> element the reader is in, or -1.
            var metadataDepth = -1;
            // The <style> element being read: its text is checked as a whole at its end tag.
            (int Depth, int Line, int Column, string Name, StringBuilder Css)? style = null;
            var read = reader.Read();
            while (read && problems.Count < MaxProblems)
            {
                var skip = false;
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        if (metadataDepth >= 0 && reader.Depth <= metadataDepth) metadataDepth = -1;
                        var inMetadata = metadataDepth >= 0;
                        var problem = rootSeen ? CheckElement(reader, info, inMetadata) : CheckRoot(reader, info);
                        rootSeen = true;
                        if (problem is { } refused)
                        {
                            problems.Add(refused);
                            skip = !reader.IsEmptyElement;
                            break;
                        }
                        if (!inMetadata && reader.NamespaceURI == SvgAllowList.SvgNamespace && reader.LocalName == "metadata" && !reader.IsEmptyElement)
                            metadataDepth = reader.Depth;
                        if (reader.NamespaceURI == SvgAllowList.SvgNamespace && reader.LocalName == "style" && !reader.IsEmptyElement)
                            style ??= (reader.Depth, info.LineNumber, info.LinePosition - 1, reader.Name, new StringBuilder());
                        CheckAttributes(reader, info, inMetadata, problems);
                        reader.MoveToElement();
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                        style?.Css.Append(reader.Value);
                        break;
                    case XmlNodeType.EndElement when style is { } open && reader.Depth == open.Depth:
                        if (CssProblem(open.Css.ToString()) is { } found)
                            problems.Add(new(open.Line, open.Column, $"the style sheet in <{open.Name}> in this SVG {found}"));
                        style = null;
                        break;
                    case XmlNodeType.ProcessingInstruction:
                        problems.Add(new(info.LineNumber, info.LinePosition - 2,
                            $"this SVG holds the processing instruction <?{reader.Name}?>, which can make a browser load a style sheet or transform the file; remove it"));
                        break;
                    case XmlNodeType.DocumentType:
                        // Not reached with DtdProcessing.Prohibit (the reader throws), kept in case the settings change.
                        problems.Add(DoctypeProblem(text));
                        break;
                    case XmlNodeType.EntityReference:
                        problems.Add(new(info.LineNumber, info.LinePosition - 1,
                            "this SVG uses an entity (&name;) that is not part of XML; write the text itself"));
                        break;
                }
                if (skip) reader.Skip();
                else read = reader.Read();
                if (skip) read = !reader.EOF;
            }
        }
        catch (XmlException ex)
        {
            if (!rootSeen && DoctypeIndex(text) >= 0) return [DoctypeProblem(text)];
            problems.Add(new(Math.Max(1, ex.LineNumber), Math.Max(1, ex.LinePosition),
                $"this SVG is not well-formed XML ({Reason(ex)}), so it cannot be checked; export it again or publish a PNG"));
        }
        if (!rootSeen && problems.Count == 0)
            problems.Add(new(1, 1, "this SVG has no <svg> element; export it again or publish a PNG"));
        return problems;
    }

    private static SvgProblem? CheckRoot(XmlReader reader, IXmlLineInfo info)
    {
        if (reader.NamespaceURI == SvgAllowList.SvgNamespace && reader.LocalName == "svg") return null;
        var (line, column) = (info.LineNumber, info.LinePosition - 1);
        if (reader.LocalName == "svg" && reader.NamespaceURI.Length == 0)
            return new(line, column, "this SVG's <svg> element has no SVG namespace, so browsers do not draw it as an image; add xmlns=\"http://www.w3.org/2000/svg\" to it");
        return new(line, column, $"this file's first element is <{reader.Name}>{InNamespace(reader.NamespaceURI)}, not an SVG's <svg>; export the image as SVG again or publish a PNG");
    }

    private static SvgProblem? CheckElement(XmlReader reader, IXmlLineInfo info, bool inMetadata)
    {
        var (line, column) = (info.LineNumber, info.LinePosition - 1);
        var ns = reader.NamespaceURI;
        var local = reader.LocalName;
        if (ns == SvgAllowList.SvgNamespace)
        {
            if (SvgAllowList.Elements.Contains(local)) return AnimationProblem(reader, line, column);
            if (local is "script" or "foreignObject" or "handler" or "listener" or "iframe")
                return new(line, column, $"this SVG holds <{reader.Name}>, which can run script or show a web page when someone opens the image from the site; remove it");
            return new(line, column, $"this SVG holds <{reader.Name}>, which is not among the SVG elements StaticMap publishes; remove it or publish the image as a PNG");
        }
        if (SvgAllowList.EditorNamespaces.Contains(ns) || inMetadata && SvgAllowList.MetadataNamespaces.Contains(ns)) return null;
        if (ns == "http://www.w3.org/1999/xhtml")
            return new(line, column, $"this SVG holds the HTML element <{reader.Name}>, which a browser runs as part of a web page when someone opens the image from the site; remove it");
        if (SvgAllowList.MetadataNamespaces.Contains(ns))
            return new(line, column, $"this SVG holds <{reader.Name}>{InNamespace(ns)} outside <metadata>; move it into <metadata> or remove it");
        return new(line, column, $"this SVG holds <{reader.Name}>{InNamespace(ns)}, which is not SVG; only SVG elements and the editor data of Inkscape and Illustrator are published; remove it or publish the image as a PNG");
    }

    /// <summary>An animation that would change a link or an event attribute turns a harmless element into a script.</summary>
    private static SvgProblem? AnimationProblem(XmlReader reader, int line, int column)
    {
        if (!SvgAllowList.AnimationElements.Contains(reader.LocalName)) return null;
        var target = reader.GetAttribute("attributeName")?.Trim();
        if (target is null) return null;
        var local = target.Contains(':') ? target[(target.IndexOf(':') + 1)..] : target;
        var refused = local.Equals("href", StringComparison.OrdinalIgnoreCase) || local.StartsWith("on", StringComparison.OrdinalIgnoreCase)
            || local.Equals("style", StringComparison.OrdinalIgnoreCase) || target.Contains(':') || !SvgAllowList.Attributes.Contains(target);
        if (!refused) return null;
        if (reader.MoveToAttribute("attributeName")) (line, column) = (((IXmlLineInfo)reader).LineNumber, ((IXmlLineInfo)reader).LinePosition);
        reader.MoveToElement();
        return new(line, column, $"<{reader.Name}> in this SVG changes '{target}', which can turn a link or an element into a script; animate only drawing attributes such as fill, opacity or transform, or remove the animation");
    }

    private static void CheckAttributes(XmlReader reader, IXmlLineInfo info, bool inMetadata, List<SvgProblem> problems)
    {
        var element = reader.Name;
        var elementLocal = reader.LocalName;
        var isSvg = reader.NamespaceURI == SvgAllowList.SvgNamespace;
        for (var more = reader.MoveToFirstAttribute(); more && problems.Count < SvgInspector.MaxProblems; more = reader.MoveToNextAttribute())
        {
            var ns = reader.NamespaceURI;
            if (ns == SvgAllowList.XmlnsNamespace) continue;
            var (line, column) = (info.LineNumber, info.LinePosition);
            var name = reader.Name;
            var local = reader.LocalName;
            var value = reader.Value;
            if (local.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(new(line, column, $"the event attribute '{name}' on <{element}> runs script when someone opens this SVG from the site; remove it"));
                continue;
            }
            var known = ns switch
            {
                "" => !isSvg || SvgAllowList.Attributes.Contains(local) || SvgAllowList.HasAllowedPrefix(local),
                SvgAllowList.XlinkNamespace => SvgAllowList.XlinkAttributes.Contains(local),
                SvgAllowList.XmlNamespace => SvgAllowList.XmlAttributes.Contains(local),
                _ => SvgAllowList.EditorNamespaces.Contains(ns) || inMetadata && SvgAllowList.MetadataNamespaces.Contains(ns),
            };
            if (!known)
            {
                problems.Add(new(line, column, $"the attribute '{name}'{InNamespace(ns)} on <{element}> is not one StaticMap knows to be safe in an SVG; remove it or publish the image as a PNG"));
                continue;
            }
            // Editor and metadata data is never read by a browser; an unprefixed attribute on such an element neither.
            if (!isSvg || ns.Length > 0 && ns != SvgAllowList.XlinkNamespace) continue;
            string? found;
            if (local == "href") found = HrefProblem(elementLocal, value);
            else if (local == "style") found = CssProblem(value);
            else found = ValueProblem(value);
            if (found is not null)
                problems.Add(new(line, column, $"'{name}' on <{element}> in this SVG {found}"));
        }
    }

    /// <summary>What is wrong with an href, or null. The value is read as a browser reads an address.</summary>
    private static string? HrefProblem(string element, string value)
    {
        var address = BrowserAddress(value);
        var shown = Diagnostics.Prose.Shorten(value.Trim(), 41, "…");
        if (address.StartsWith('#')) return ValueProblem(value);
        if (SvgAllowList.FragmentOnlyHref.Contains(element))
            return $"refers to '{shown}', outside this file; <{element}> may only refer to an element of the same SVG ('#id'): copy the element into the SVG";
        if (element == "image")
        {
            return EmbeddedRaster().Match(address) is { Success: true } m && SvgAllowList.EmbeddedImageTypes.Contains(m.Groups[1].Value.ToLowerInvariant())
                ? null
                : $"refers to '{shown}'; <image> may only embed a PNG, JPEG, GIF or WebP picture (data:image/png;base64,…): embed the picture in the SVG or publish a PNG";
        }
        var scheme = Scheme(address);
        if (scheme is null || SvgAllowList.LinkSchemes.Contains(scheme)) return null;
        return $"links to '{shown}'; links in an SVG may only go to https:, http: or mailto: addresses, relative paths or '#id': remove the link";
    }

    /// <summary>Any value: no script address, no url(…) outside the file.</summary>
    private static string? ValueProblem(string value)
    {
        var compact = BrowserAddress(value).Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        if (compact.Contains("javascript:", StringComparison.Ordinal) || compact.Contains("vbscript:", StringComparison.Ordinal))
            return $"holds a script address ('{Diagnostics.Prose.Shorten(value.Trim(), 41, "…")}'); remove it";
        return value.Contains("url(", StringComparison.OrdinalIgnoreCase) ? CssProblem(value) : null;
    }

    /// <summary>
    /// What a style sheet or style attribute may not do, or null: load another sheet (@import), refer outside the file
    /// (url(…) that is not "#id", image-set), run script (expression(), javascript:, behaviours, bindings).
    /// CSS escapes (\75 rl) are decoded and comments removed before looking.
    /// </summary>
    internal static string? CssProblem(string css)
    {
        var text = CssComment().Replace(CssEscape().Replace(css, DecodeEscape), "").ToLowerInvariant();
        if (text.Contains("@import", StringComparison.Ordinal)) return "uses @import, which loads another style sheet; remove it";
        if (text.Contains("expression(", StringComparison.Ordinal)) return "uses expression(), which runs script; remove it";
        var compact = new string(text.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        if (compact.Contains("javascript:", StringComparison.Ordinal) || compact.Contains("vbscript:", StringComparison.Ordinal))
            return "holds a script address (javascript:); remove it";
        if (text.Contains("behavior", StringComparison.Ordinal) || text.Contains("-moz-binding", StringComparison.Ordinal))
            return "uses a behaviour or binding, which runs script; remove it";
        if (text.Contains("image-set(", StringComparison.Ordinal) || text.Contains("src(", StringComparison.Ordinal))
            return "refers to a file with image-set() or src(); use only url(#id) references to elements of the same SVG";
        for (var at = text.IndexOf("url(", StringComparison.Ordinal); at >= 0; at = text.IndexOf("url(", at + 4, StringComparison.Ordinal))
        {
            var target = text[(at + 4)..].TrimStart(' ', '\t', '\n', '\r', '\f', '"', '\'');
            if (!target.StartsWith('#'))
                return "refers to a file with url(…); only url(#id) references to elements of the same SVG are allowed: remove the reference or embed what it points to";
        }
        return null;
    }

    /// <summary>Tabs and line breaks removed, leading and trailing spaces and control characters dropped, as a browser does.</summary>
    private static string BrowserAddress(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var c in value) if (c is not ('\t' or '\n' or '\r')) sb.Append(c);
        return sb.ToString().Trim(' ', '\0', '\u0001', '\u0002', '\u0003', '\u0004', '\u0005', '\u0006', '\u0007', '\b', '\v', '\f',
            '\u000e', '\u000f', '\u0010', '\u0011', '\u0012', '\u0013', '\u0014', '\u0015', '\u0016', '\u0017', '\u0018', '\u0019',
            '\u001a', '\u001b', '\u001c', '\u001d', '\u001e', '\u001f');
    }

    /// <summary>The lower-case scheme of an address, or null for a relative one ("map.png", "../x", "?q", "//host" is https).</summary>
    private static string? Scheme(string address)
    {
        if (address.StartsWith("//", StringComparison.Ordinal)) return "https";
        var colon = address.IndexOf(':');
        var end = address.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || end >= 0 && end < colon) return null;
        // Anything before the colon is a scheme to a browser, even when it is not a valid one ("java script:" is not, "&#x6A;avascript:" is decoded).
        return address[..colon].ToLowerInvariant();
    }

    private static SvgProblem DoctypeProblem(string text)
    {
        var index = DoctypeIndex(text);
        var line = 1 + text.AsSpan(0, Math.Max(0, index)).Count('\n');
        var column = index - (index <= 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1) + 1;
        return new(line, Math.Max(1, column),
            "this SVG has a <!DOCTYPE> (a DTD), whose entities can hide markup and load other files, so it cannot be published; remove the <!DOCTYPE …> declaration (SVG needs none) or publish a PNG");
    }

    private static int DoctypeIndex(string text) => text.IndexOf("<!DOCTYPE", StringComparison.Ordinal);

    /// <summary>The reader's message without its " Line n, position m." (the diagnostic has the position).</summary>
    private static string Reason(XmlException ex) => TrailingPosition().Replace(ex.Message, "").TrimEnd('.', ' ');

    private static string InNamespace(string ns) => ns.Length == 0 ? " (in no namespace)" : $" (namespace {ns})";

    private static string DecodeEscape(Match m)
    {
        if (m.Groups[1].Success)
        {
            var code = Convert.ToInt32(m.Groups[1].Value, 16);
            return code is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) ? char.ConvertFromUtf32(code) : "\uFFFD";
        }
        return m.Groups[2].Value;
    }

    [GeneratedRegex(@"\\(?:([0-9a-fA-F]{1,6})[ \t\n\r\f]?|([^0-9a-fA-F\n\r\f]))")]
    private static partial Regex CssEscape();

    [GeneratedRegex(@"/\*.*?(\*/|$)", RegexOptions.Singleline)]
    private static partial Regex CssComment();

    [GeneratedRegex(@"^data:([a-zA-Z]+/[a-zA-Z0-9.+-]+);base64,[A-Za-z0-9+/=\s]*$")]
    private static partial Regex EmbeddedRaster();

    [GeneratedRegex(@"\s*Line \d+, position \d+\.?\s*$")]
    private static partial Regex TrailingPosition();
}
