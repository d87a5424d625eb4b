using System.Text.RegularExpressions;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Architecture;

/// <summary>
/// The compiler's part that C# does not play: StaticMap.Core's layers point one way. A file may use its own layer and the
/// layers before it, never a later one, in a <c>using</c> line or a fully-qualified name (docs/architecture.md).
/// </summary>
public sealed partial class LayerTests
{
    /// <summary>The layers, first to last: each uses only those before it. The root namespace (SiteBuilder) is the pipeline's.</summary>
    public static readonly string[] Layers =
    [
        "Numbers", "Diagnostics", "Localization", "Reading", "Model", "Parsing", "Metrics", "Progress", "Validation", "Schemas", "Rendering", "Writing",
        "Scaffolding", "Pipeline", "Preview",
    ];

    [GeneratedRegex(@"^\s*namespace\s+StaticMap\.Core(?:\.(?<layer>\w+))?", RegexOptions.Multiline)]
    private static partial Regex Namespace();

    /// <summary>A using line (plain, static or alias) or a qualified name in code: StaticMap.Core.&lt;Layer&gt;. or ;.</summary>
    [GeneratedRegex(@"\bStaticMap\.Core\.(?<layer>[A-Z]\w*)\b(?=\s*[.;])")]
    private static partial Regex Reference();

    [GeneratedRegex(@"^\s*namespace\s.*$", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();

    [Fact]
    public void No_file_in_StaticMap_Core_uses_a_later_layer()
    {
        var core = Path.Combine(Repository.Root, "src", "StaticMap.Core");
        var offences = new List<string>();
        foreach (var path in Directory.EnumerateFiles(core, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(core, path).Replace(Path.DirectorySeparatorChar, '/');
            if (relative.StartsWith("obj/", StringComparison.Ordinal) || relative.StartsWith("bin/", StringComparison.Ordinal)) continue;
            var text = File.ReadAllText(path);
            var own = LayerOf(text);
            Assert.True(own >= 0, $"{relative}: its namespace is in no layer; add the layer to LayerTests.Layers and docs/architecture.md");
            foreach (var used in Reference().Matches(NamespaceLine().Replace(text, "")).Select(m => m.Groups["layer"].Value).Distinct())
            {
                var index = Array.IndexOf(Layers, used);
                if (index > own) offences.Add($"{relative} (layer {Layers[own]}) uses {used}, a later layer");
            }
        }
        Assert.True(offences.Count == 0, "Layers point one way (" + string.Join(" → ", Layers) + "):\n" + string.Join("\n", offences));
    }

    [Fact]
    public void A_using_of_a_later_layer_is_named_with_the_file_and_the_layer()
    {
        const string text = "using StaticMap.Core.Diagnostics;\nusing StaticMap.Core.Rendering;\n\nnamespace StaticMap.Core.Parsing;\n" +
                            "class X { object y = new StaticMap.Core.Writing.OutputFolder(); }";
        var own = LayerOf(text);
        var later = Reference().Matches(NamespaceLine().Replace(text, "")).Select(m => m.Groups["layer"].Value)
            .Where(l => Array.IndexOf(Layers, l) > own).ToList();
        Assert.Equal(["Rendering", "Writing"], later);
    }

    /// <summary>The layer of a file's namespace; the root namespace StaticMap.Core is the pipeline's.</summary>
    private static int LayerOf(string text)
    {
        var match = Namespace().Match(text);
        if (!match.Success) return -1;
        var layer = match.Groups["layer"].Success ? match.Groups["layer"].Value : "Pipeline";
        return Array.IndexOf(Layers, layer);
    }
}
