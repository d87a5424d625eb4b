using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using StaticMap.Core.Reading;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StaticMap.Tests.Schemas;

/// <summary>
/// YAML as an editor's schema checker sees it: plain scalars typed by the YAML 1.2 core schema (2024 is a number, true a
/// boolean, ~ null), quoted and block scalars always text. That is what the schemas must accept.
/// </summary>
internal static partial class YamlJson
{
    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();

    /// <summary>The front matter of a Markdown file, or the whole of a YAML file.</summary>
    public static JsonNode? FromFile(string path) => FromText(path, File.ReadAllText(path));

    /// <summary>The front matter of a Markdown file's text, or the whole of a YAML file's, by the file's name.</summary>
    public static JsonNode? FromText(string path, string text)
    {
        if (path.EndsWith(".md", StringComparison.Ordinal))
        {
            Assert.Equal(FrontMatterSplitter.Outcome.Split, FrontMatterSplitter.TrySplit(text, out var split));
            text = split!.Yaml;
        }
        return Parse(text);
    }

    public static JsonNode? Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode);
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(e =>
            KeyValuePair.Create(((YamlScalarNode)e.Key).Value!, Convert(e.Value)))),
        YamlSequenceNode list => new JsonArray(list.Children.Select(Convert).ToArray()),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? "";
        if (scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any)) return JsonValue.Create(value);
        if (value is "" or "~" or "null" or "Null" or "NULL") return null;
        if (value is "true" or "True" or "TRUE") return JsonValue.Create(true);
        if (value is "false" or "False" or "FALSE") return JsonValue.Create(false);
        // Numbers go through JSON text, so they read back as any numeric type, as numbers parsed from a file do.
        if (Integer().IsMatch(value) && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
            return JsonNode.Parse(whole.ToString(CultureInfo.InvariantCulture));
        if (Float().IsMatch(value))
            return JsonNode.Parse(double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture));
        return JsonValue.Create(value);
    }
}
