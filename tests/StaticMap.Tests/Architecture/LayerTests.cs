using System.Reflection;
using System.Text.RegularExpressions;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Architecture;

/// <summary>
/// The compiler's part that C# does not play: StaticMap.Core's layers point one way. A file may use its own layer and the
/// layers before it, never a later one (docs/architecture.md). The test sees every type of StaticMap.Core (by reflection):
/// a use is a <c>using</c> line, a fully-qualified name (<c>StaticMap.Core.Writing.OutputFolder</c>), a name qualified from
/// the root namespace (<c>Writing.OutputFolder</c>, which C# resolves inside StaticMap.Core.*), or the name of a type of
/// the root namespace (<c>SiteBuilder</c>, the pipeline's, visible from every layer without a using).
/// </summary>
public sealed partial class LayerTests
{
    /// <summary>The layers, first to last: each uses only those before it. The root namespace (SiteBuilder) is the pipeline's.</summary>
    public static readonly string[] Layers =
    [
        "Numbers", "Diagnostics", "Localization", "Reading", "Model", "Parsing", "Metrics", "Progress", "Validation", "Schemas", "Rendering", "Writing",
        "Caching", "Scaffolding", "Pipeline", "Preview",
    ];

    private const string RootLayer = "Pipeline";

    [GeneratedRegex(@"^\s*namespace\s+StaticMap\.Core(?:\.(?<layer>\w+))?", RegexOptions.Multiline)]
    private static partial Regex Namespace();

    /// <summary>A using line (plain, static or alias) or a qualified name in code: StaticMap.Core.&lt;Layer&gt;. or ;.</summary>
    [GeneratedRegex(@"\bStaticMap\.Core\.(?<layer>[A-Z]\w*)\b(?=\s*[.;])")]
    private static partial Regex Reference();

    /// <summary>A dotted name not preceded by a dot or an identifier: a candidate for a name qualified from the root namespace.</summary>
    [GeneratedRegex(@"(?<![\w.])(?<name>[A-Z]\w*(?:\.[A-Z]\w*)+)")]
    private static partial Regex DottedName();

    [GeneratedRegex(@"(?<![\w.])(?<name>[A-Z]\w*)\b")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"^\s*namespace\s.*$", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();

    /// <summary>Comments and string literals, which name types without using them.</summary>
    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/|@""(?:[^""]|"""")*""|""(?:[^""\\\n]|\\.)*""|'(?:[^'\\\n]|\\.)'", RegexOptions.Singleline)]
    private static partial Regex CommentOrString();

    /// <summary>Every type of StaticMap.Core by full name ("StaticMap.Core.Writing.OutputFolder"), generic arity left out.</summary>
    private static readonly HashSet<string> CoreTypes = typeof(StaticMap.Core.SiteBuilder).Assembly.GetTypes()
        .Where(t => !t.IsNested && t.Namespace?.StartsWith("StaticMap.Core", StringComparison.Ordinal) == true && !t.Name.StartsWith('<'))
        .Select(t => $"{t.Namespace}.{t.Name.Split('`')[0]}").ToHashSet(StringComparer.Ordinal);

    /// <summary>The types of the root namespace, StaticMap.Core itself: every layer sees them without a using.</summary>
    private static readonly HashSet<string> RootTypes = typeof(StaticMap.Core.SiteBuilder).Assembly.GetTypes()
        .Where(t => !t.IsNested && t.Namespace == "StaticMap.Core" && !t.Name.StartsWith('<'))
        .Select(t => t.Name.Split('`')[0]).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void No_file_in_StaticMap_Core_uses_a_later_layer()
    {
        Assert.Contains("SiteBuilder", RootTypes);
        var core = Path.Combine(Repository.Root, "src", "StaticMap.Core");
        var offences = new List<string>();
        foreach (var path in Directory.EnumerateFiles(core, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(core, path).Replace(Path.DirectorySeparatorChar, '/');
            if (relative.StartsWith("obj/", StringComparison.Ordinal) || relative.StartsWith("bin/", StringComparison.Ordinal)) continue;
            var text = File.ReadAllText(path);
            Assert.True(LayerOf(text) >= 0, $"{relative}: its namespace is in no layer; add the layer to LayerTests.Layers and docs/architecture.md");
            offences.AddRange(Offences(relative, text));
        }
        Assert.True(offences.Count == 0, "Layers point one way (" + string.Join(" → ", Layers) + "):\n" + string.Join("\n", offences));
    }

    [Fact]
    public void A_using_of_a_later_layer_is_named_with_the_file_and_the_layer()
    {
        const string text = "using StaticMap.Core.Diagnostics;\nusing StaticMap.Core.Rendering;\n\nnamespace StaticMap.Core.Parsing;\n" +
                            "class X { object y = new StaticMap.Core.Writing.OutputFolder(); }";
        Assert.Equal(["Parsing/X.cs (layer Parsing) uses Rendering, a later layer", "Parsing/X.cs (layer Parsing) uses Writing, a later layer"],
            Offences("Parsing/X.cs", text));
    }

    [Fact]
    public void A_root_namespace_type_used_from_an_earlier_layer_is_a_back_edge()
    {
        // SiteBuilder is in StaticMap.Core itself: no using names it, and C# resolves it from every StaticMap.Core.* namespace.
        const string text = "namespace StaticMap.Core.Scaffolding;\n\npublic static class X\n{\n" +
                            "    // SiteBuilder in a comment is not a use\n    static object Y() => SiteBuilder.Check(\"root\", null!);\n}";
        Assert.Equal(["Scaffolding/X.cs (layer Scaffolding) uses SiteBuilder, a type of the root namespace (the pipeline's), a later layer"],
            Offences("Scaffolding/X.cs", text));
        Assert.Empty(Offences("Preview/X.cs", text.Replace("Scaffolding;", "Preview;")));
    }

    [Fact]
    public void A_name_qualified_from_the_root_namespace_is_a_use_of_its_layer()
    {
        // Inside StaticMap.Core.Parsing, "Writing.OutputFolder" is StaticMap.Core.Writing.OutputFolder; "Progress.Where" (a
        // property called Progress) names no type and is not a use.
        const string text = "namespace StaticMap.Core.Parsing;\n\nclass X\n{\n    object Y() => Writing.OutputFolder.Create(null!);\n" +
                            "    object Z() => Progress.Where(p => p is not null);\n    object W() => Rendering.Templates.Theme.DefaultFolder;\n}";
        Assert.Equal(["Parsing/X.cs (layer Parsing) uses Rendering, a later layer", "Parsing/X.cs (layer Parsing) uses Writing, a later layer"],
            Offences("Parsing/X.cs", text));
    }

    /// <summary>What in one file of StaticMap.Core uses a later layer, one line per layer (or root-namespace type) used.</summary>
    private static List<string> Offences(string relative, string text)
    {
        var own = LayerOf(text);
        var code = NamespaceLine().Replace(text, "");
        var usings = string.Join("\n", code.Split('\n').Where(l => l.TrimStart().StartsWith("using ", StringComparison.Ordinal)));
        code = CommentOrString().Replace(code, m => m.Value.StartsWith('/') ? new string(' ', 0) : "\"\"");
        var used = new SortedSet<string>(StringComparer.Ordinal);
        foreach (Match m in Reference().Matches(usings + "\n" + code)) used.Add(m.Groups["layer"].Value);
        foreach (Match m in DottedName().Matches(code))
        {
            // The longest prefix of the name that is a type, read from the root namespace: Writing.OutputFolder, Rendering.Templates.Theme.
            var parts = m.Groups["name"].Value.Split('.');
            for (var n = parts.Length; n >= 2; n--)
                if (CoreTypes.Contains("StaticMap.Core." + string.Join('.', parts[..n])))
                {
                    used.Add(parts[0]);
                    break;
                }
        }
        var offences = used.Where(l => Array.IndexOf(Layers, l) > own).Select(l => $"{relative} (layer {Layers[own]}) uses {l}, a later layer").ToList();
        if (own < Array.IndexOf(Layers, RootLayer))
        {
            var declared = Regex.Matches(code, @"\b(?:class|record|struct|interface|enum)\s+(?<name>\w+)").Select(d => d.Groups["name"].Value).ToHashSet();
            foreach (var type in Identifier().Matches(code).Select(i => i.Groups["name"].Value).Where(RootTypes.Contains).Where(t => !declared.Contains(t)).Distinct().Order(StringComparer.Ordinal))
                offences.Add($"{relative} (layer {Layers[own]}) uses {type}, a type of the root namespace (the pipeline's), a later layer");
        }
        return offences;
    }

    /// <summary>The layer of a file's namespace; the root namespace StaticMap.Core is the pipeline's.</summary>
    private static int LayerOf(string text)
    {
        var match = Namespace().Match(text);
        if (!match.Success) return -1;
        var layer = match.Groups["layer"].Success ? match.Groups["layer"].Value : RootLayer;
        return Array.IndexOf(Layers, layer);
    }
}
