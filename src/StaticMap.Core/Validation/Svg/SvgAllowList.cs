using System.Collections.Frozen;

namespace StaticMap.Core.Validation.Svg;

/// <summary>
/// What an SVG published from assets/ may contain: drawing elements and their attributes in the SVG namespace,
/// xlink:href, xlink:title, xml:lang and xml:space, and the inert editor data Inkscape and Illustrator write. Everything
/// else is refused by <see cref="SvgInspector"/>: an allow-list, because a browser that opens an SVG from the site runs
/// whatever script, XHTML or external document it can reach.
/// </summary>
public static class SvgAllowList
{
    public const string SvgNamespace = "http://www.w3.org/2000/svg";
    public const string XlinkNamespace = "http://www.w3.org/1999/xlink";
    public const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    public const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    /// <summary>Elements in the SVG namespace. Not here: script, foreignObject, iframe, handler, listener, view, cursor, font elements.</summary>
    public static readonly FrozenSet<string> Elements = FrozenSet.ToFrozenSet(
    [
        "svg", "g", "defs", "desc", "title", "metadata", "switch", "symbol", "use", "image", "a", "style",
        "path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
        "text", "tspan", "textPath",
        "linearGradient", "radialGradient", "stop", "clipPath", "mask", "pattern", "marker",
        "animate", "animateTransform", "animateMotion", "set", "mpath",
        "filter", "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feConvolveMatrix",
        "feDiffuseLighting", "feDisplacementMap", "feDistantLight", "feDropShadow", "feFlood", "feFuncA", "feFuncB",
        "feFuncG", "feFuncR", "feGaussianBlur", "feImage", "feMerge", "feMergeNode", "feMorphology", "feOffset",
        "fePointLight", "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Attributes without a namespace on SVG elements. href is here but its value is checked
    /// (<see cref="SvgInspector"/>), as are style, attributeName and every value holding url(…).
    /// </summary>
    public static readonly FrozenSet<string> Attributes = FrozenSet.ToFrozenSet(
    [
        // core and accessibility
        "id", "class", "style", "lang", "tabindex", "role", "focusable", "href", "target", "rel", "hreflang", "type", "media",
        "requiredFeatures", "requiredExtensions", "systemLanguage", "version", "baseProfile", "zoomAndPan", "enable-background",
        // presentation
        "alignment-baseline", "baseline-shift", "clip", "clip-path", "clip-rule", "color", "color-interpolation",
        "color-interpolation-filters", "color-profile", "color-rendering", "direction", "display", "dominant-baseline",
        "fill", "fill-opacity", "fill-rule", "filter", "flood-color", "flood-opacity", "font", "font-family", "font-size",
        "font-size-adjust", "font-stretch", "font-style", "font-variant", "font-weight", "glyph-orientation-horizontal",
        "glyph-orientation-vertical", "image-rendering", "isolation", "kerning", "letter-spacing", "lighting-color",
        "marker", "marker-end", "marker-mid", "marker-start", "mask", "mask-type", "mix-blend-mode", "opacity", "overflow",
        "paint-order", "pointer-events", "shape-rendering", "stop-color", "stop-opacity", "stroke", "stroke-dasharray",
        "stroke-dashoffset", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "stroke-opacity", "stroke-width",
        "text-anchor", "text-decoration", "text-rendering", "transform", "transform-origin", "unicode-bidi", "vector-effect",
        "visibility", "white-space", "word-spacing", "writing-mode", "solid-color", "solid-opacity",
        // geometry
        "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy", "fr", "d", "points", "width", "height",
        "viewBox", "preserveAspectRatio", "pathLength", "dx", "dy", "rotate", "textLength", "lengthAdjust", "startOffset",
        "method", "spacing", "side",
        // gradients, patterns, clipping, masking, markers
        "gradientUnits", "gradientTransform", "spreadMethod", "offset", "patternUnits", "patternContentUnits",
        "patternTransform", "clipPathUnits", "maskUnits", "maskContentUnits", "markerUnits", "markerWidth", "markerHeight",
        "refX", "refY", "orient",
        // filter primitives
        "filterUnits", "primitiveUnits", "filterRes", "in", "in2", "result", "mode", "values", "operator", "k1", "k2", "k3",
        "k4", "kernelMatrix", "kernelUnitLength", "order", "divisor", "bias", "targetX", "targetY", "edgeMode",
        "preserveAlpha", "surfaceScale", "diffuseConstant", "specularConstant", "specularExponent", "scale",
        "xChannelSelector", "yChannelSelector", "stdDeviation", "radius", "baseFrequency", "numOctaves", "seed",
        "stitchTiles", "tableValues", "slope", "intercept", "amplitude", "exponent", "azimuth", "elevation", "z",
        "pointsAtX", "pointsAtY", "pointsAtZ", "limitingConeAngle",
        // animation (attributeName is checked)
        "attributeName", "attributeType", "begin", "dur", "end", "min", "max", "restart", "repeatCount", "repeatDur",
        "calcMode", "keyTimes", "keySplines", "from", "to", "by", "additive", "accumulate", "path", "keyPoints",
    ], StringComparer.Ordinal);

    /// <summary>Attribute name prefixes that are inert: aria-* for assistive technology, data-* for scripts (there are none).</summary>
    public static bool HasAllowedPrefix(string localName) =>
        localName.StartsWith("aria-", StringComparison.Ordinal) || localName.StartsWith("data-", StringComparison.Ordinal);

    /// <summary>Attributes in the xlink and xml namespaces.</summary>
    public static readonly FrozenSet<string> XlinkAttributes = FrozenSet.ToFrozenSet(["href", "title"], StringComparer.Ordinal);

    /// <summary>xml:base is not here: it changes what relative addresses lead to.</summary>
    public static readonly FrozenSet<string> XmlAttributes = FrozenSet.ToFrozenSet(["lang", "space"], StringComparer.Ordinal);

    /// <summary>
    /// Namespaces of drawing programs' own data (Inkscape, Sodipodi, Adobe Illustrator): a browser does nothing with
    /// elements or attributes in them, so a plain export passes. Their elements and attributes are allowed anywhere.
    /// </summary>
    public static readonly FrozenSet<string> EditorNamespaces = FrozenSet.ToFrozenSet(
    [
        "http://www.inkscape.org/namespaces/inkscape",
        "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd",
        "http://inkscape.sourceforge.net/DTD/sodipodi-0.dtd",
        "http://ns.adobe.com/AdobeIllustrator/10.0/",
        "http://ns.adobe.com/Graphs/1.0/",
        "http://ns.adobe.com/AdobeSVGViewerExtensions/3.0/",
        "http://ns.adobe.com/Extensibility/1.0/",
        "http://ns.adobe.com/Variables/1.0/",
        "http://ns.adobe.com/SaveForWeb/1.0/",
        "http://ns.adobe.com/ImageReplacement/1.0/",
        "http://ns.adobe.com/GenericCustomNamespace/1.0/",
        "http://ns.adobe.com/XPath/1.0/",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Namespaces of the licence and author data (RDF, Dublin Core, Creative Commons) Inkscape writes in &lt;metadata&gt;:
    /// allowed only inside &lt;metadata&gt;, which a browser never renders.
    /// </summary>
    public static readonly FrozenSet<string> MetadataNamespaces = FrozenSet.ToFrozenSet(
    [
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
        "http://purl.org/dc/elements/1.1/",
        "http://purl.org/dc/terms/",
        "http://creativecommons.org/ns#",
        "http://web.resource.org/cc/",
    ], StringComparer.Ordinal);

    /// <summary>Elements whose href must name an element of the same file ("#id").</summary>
    public static readonly FrozenSet<string> FragmentOnlyHref = FrozenSet.ToFrozenSet(
    [
        "use", "feImage", "linearGradient", "radialGradient", "pattern", "filter", "textPath", "mpath",
        "animate", "animateTransform", "animateMotion", "set",
    ], StringComparer.Ordinal);

    /// <summary>Schemes a link (&lt;a href&gt;) in an SVG may use; links without a scheme are relative paths.</summary>
    public static readonly FrozenSet<string> LinkSchemes = FrozenSet.ToFrozenSet(["http", "https", "mailto"], StringComparer.Ordinal);

    /// <summary>Raster images &lt;image&gt; may embed as data: (base64); an embedded SVG or HTML could hold script.</summary>
    public static readonly FrozenSet<string> EmbeddedImageTypes = FrozenSet.ToFrozenSet(
        ["image/png", "image/jpeg", "image/gif", "image/webp"], StringComparer.Ordinal);

    /// <summary>Animation elements: the attribute they change (attributeName) is checked.</summary>
    public static readonly FrozenSet<string> AnimationElements = FrozenSet.ToFrozenSet(
        ["animate", "animateTransform", "animateMotion", "set"], StringComparer.Ordinal);
}
