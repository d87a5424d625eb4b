using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StaticMap.Core.Localization;

/// <summary>
/// Reads one strings file: YAML mappings nested as deep as the author likes ("nav: { home: Home }" is the key
/// "nav.home"). A mapping whose keys are all CLDR plural categories (one, other, many, …) is one plural text.
/// </summary>
public static class StringsFile
{
    /// <summary>A problem with a strings file, with its 1-based position.</summary>
    public sealed record Problem(int Line, int Column, string Message);

    public static IReadOnlyDictionary<string, StringEntry> Parse(string text, List<Problem> problems)
    {
        var entries = new Dictionary<string, StringEntry>(StringComparer.Ordinal);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            problems.Add(new Problem((int)ex.Start.Line, (int)ex.Start.Column, ex.InnerException?.Message ?? ex.Message));
            return entries;
        }
        if (stream.Documents.Count == 0) return entries;
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var node = stream.Documents[0].RootNode;
            problems.Add(new Problem((int)node.Start.Line, (int)node.Start.Column, "a strings file is a mapping of keys to texts, e.g. 'nav:' then '  home: Home'"));
            return entries;
        }
        Walk(root, "", entries, problems);
        return entries;
    }

    private static void Walk(YamlMappingNode mapping, string prefix, Dictionary<string, StringEntry> entries, List<Problem> problems)
    {
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = prefix + ((keyNode as YamlScalarNode)?.Value ?? "");
            switch (value)
            {
                case YamlScalarNode scalar:
                    entries[key] = new StringEntry(scalar.Value ?? "");
                    break;
                case YamlMappingNode child when IsPlural(child):
                    entries[key] = new StringEntry(null, child.Children.ToDictionary(
                        c => ((YamlScalarNode)c.Key).Value!, c => ((YamlScalarNode)c.Value).Value ?? "", StringComparer.Ordinal));
                    break;
                case YamlMappingNode child:
                    Walk(child, key + ".", entries, problems);
                    break;
                default:
                    problems.Add(new Problem((int)value.Start.Line, (int)value.Start.Column, $"'{key}' must be a text or a mapping of texts, not a list"));
                    break;
            }
        }
    }

    private static bool IsPlural(YamlMappingNode mapping) =>
        mapping.Children.Count > 0 && mapping.Children.All(c =>
            c.Key is YamlScalarNode { Value: { } k } && PluralRules.Categories.Contains(k) && c.Value is YamlScalarNode);
}
