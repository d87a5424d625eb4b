using StaticMap.Core.Diagnostics;
using StaticMap.Core.Reading;
using StaticMap.Core.Reading.Yaml;

namespace StaticMap.Tests.Hostile;

/// <summary>One edit of a YAML file: a value of the wrong type written where another was, and where it now is.</summary>
/// <param name="Field">The field's path, e.g. "coalition[1].name", for failure messages.</param>
/// <param name="At">Where the new value starts in the file.</param>
/// <param name="IsWrongType">True when the new value is a list or mapping where text is expected, or the other way round,
/// so a MAP012 at <paramref name="At"/> is due; false for nulls, numbers and booleans, which may be legal.</param>
internal sealed record YamlMutation(string Field, string Replacement, string Text, SourceSpan At, bool IsWrongType)
{
    public override string ToString() => $"{Field} := {Replacement}";
}

/// <summary>
/// Writes a value of every wrong type into every field of a YAML file (plan.yml, or the front matter of a Markdown
/// file): each text becomes a list, a mapping, a number, a boolean and null; each list or mapping becomes text, the
/// other kind of collection, and null. Works on the text, so the rest of the file keeps its lines.
/// </summary>
internal static class YamlMutations
{
    public const string List = "[hostile, list]";
    public const string Mapping = "{hostile: mapping}";
    private static readonly string[] ScalarReplacements = ["42", "true", "~", "-1.5e309"];

    public static IEnumerable<YamlMutation> All(string path, string fileText)
    {
        var (yaml, firstLine) = path.EndsWith(".md", StringComparison.Ordinal)
            ? FrontMatterSplitter.TrySplit(fileText, out var split) == FrontMatterSplitter.Outcome.Split
                ? (split!.Yaml, split.YamlFirstLine)
                : throw new InvalidOperationException($"{path} has no front matter")
            : (fileText, 1);
        var root = YamlLoader.Load(yaml, path, firstLine, new DiagnosticBag()) as YamlMapping
            ?? throw new InvalidOperationException($"{path} does not hold a mapping");
        var lines = fileText.Split('\n');
        foreach (var m in Walk(root, "", path, lines)) yield return m;
    }

    private static IEnumerable<YamlMutation> Walk(YamlNode node, string field, string path, string[] lines)
    {
        switch (node)
        {
            case YamlMapping map:
                foreach (var entry in map.Entries)
                {
                    var child = field.Length == 0 ? entry.Key.Value : $"{field}.{entry.Key.Value}";
                    foreach (var m in MutateValue(entry, child, path, lines)) yield return m;
                    foreach (var m in Walk(entry.Value, child, path, lines)) yield return m;
                }
                break;
            case YamlSequence list:
                for (var i = 0; i < list.Items.Length; i++)
                {
                    var child = $"{field}[{i + 1}]";
                    foreach (var m in MutateItem(list.Items[i], child, path, lines)) yield return m;
                    foreach (var m in Walk(list.Items[i], child, path, lines)) yield return m;
                }
                break;
        }
    }

    /// <summary>The value of "key: value".</summary>
    private static IEnumerable<YamlMutation> MutateValue(YamlEntry entry, string field, string path, string[] lines)
    {
        var keyLine = entry.Key.Span.Line - 1;
        var keyColumn = entry.Key.Span.Column - 1;
        switch (entry.Value)
        {
            case YamlScalar { IsNull: true }:
                yield break;
            case YamlScalar scalar:
                foreach (var m in ReplaceScalar(scalar, field, path, lines)) yield return m;
                yield break;
            case var collection when IsFlow(collection, lines):
                foreach (var m in ReplaceFlow(collection, field, path, lines)) yield return m;
                yield break;
            case var block:
                // A block collection: 'key:' on its own line, the items indented below it.
                var valueColumn = keyColumn + entry.Key.Value.Length + 2;
                foreach (var replacement in CollectionReplacements(block))
                {
                    var text = ReplaceBlock(lines, keyLine, keyColumn, lines[keyLine][..keyColumn] + entry.Key.Value + ": " + replacement);
                    yield return new YamlMutation(field, replacement, text, new SourceSpan(path, keyLine + 1, valueColumn + 1),
                        replacement != "~");
                }
                yield break;
        }
    }

    /// <summary>An item of a list: "- value" or an item of "[a, b]".</summary>
    private static IEnumerable<YamlMutation> MutateItem(YamlNode item, string field, string path, string[] lines)
    {
        switch (item)
        {
            case YamlScalar { IsNull: true }:
                yield break;
            case YamlScalar scalar:
                foreach (var m in ReplaceScalar(scalar, field, path, lines)) yield return m;
                yield break;
            case var collection when IsFlow(collection, lines):
                foreach (var m in ReplaceFlow(collection, field, path, lines)) yield return m;
                yield break;
            case var block:
                // "- id: x" then "  text: y": the item starts after the dash; its other lines are indented past the dash.
                var line = block.Span.Line - 1;
                var column = block.Span.Column - 1;
                foreach (var replacement in CollectionReplacements(block))
                {
                    var text = ReplaceBlock(lines, line, column - 2, lines[line][..column] + replacement);
                    yield return new YamlMutation(field, replacement, text, block.Span, replacement != "~");
                }
                yield break;
        }
    }

    private static IEnumerable<string> CollectionReplacements(YamlNode collection) =>
        ["42", "true", "~", collection is YamlMapping ? List : Mapping];

    private static IEnumerable<YamlMutation> ReplaceScalar(YamlScalar scalar, string field, string path, string[] lines)
    {
        var line = scalar.Span.Line - 1;
        var column = scalar.Span.Column - 1;
        var source = lines[line];
        int end;
        if (source[column] is '"' or '\'')
        {
            end = source.IndexOf(source[column], column + 1) + 1;
            if (end <= 0) yield break;
        }
        else if (scalar.Value.Contains('\n') || column + scalar.Value.Length > source.TrimEnd('\r').Length)
        {
            yield break; // a block scalar or a multi-line plain scalar: none in the fixtures
        }
        else
        {
            end = column + scalar.Value.Length;
        }
        foreach (var replacement in new[] { List, Mapping }.Concat(ScalarReplacements))
        {
            var edited = (string[])lines.Clone();
            edited[line] = source[..column] + replacement + source[end..];
            yield return new YamlMutation(field, replacement, string.Join('\n', edited), scalar.Span,
                replacement is List or Mapping);
        }
    }

    private static bool IsFlow(YamlNode collection, string[] lines)
    {
        var source = lines[collection.Span.Line - 1];
        var column = collection.Span.Column - 1;
        return column < source.Length && source[column] is '[' or '{';
    }

    /// <summary>"[a, b]" or "{value: 1, year: 2}" on one line, replaced up to its closing bracket.</summary>
    private static IEnumerable<YamlMutation> ReplaceFlow(YamlNode collection, string field, string path, string[] lines)
    {
        var line = collection.Span.Line - 1;
        var column = collection.Span.Column - 1;
        var source = lines[line];
        var depth = 0;
        var end = -1;
        for (var i = column; i < source.Length && end < 0; i++)
        {
            if (source[i] is '[' or '{') depth++;
            else if (source[i] is ']' or '}' && --depth == 0) end = i + 1;
        }
        if (end < 0) yield break;
        foreach (var replacement in CollectionReplacements(collection))
        {
            var edited = (string[])lines.Clone();
            edited[line] = source[..column] + replacement + source[end..];
            yield return new YamlMutation(field, replacement, string.Join('\n', edited), collection.Span, replacement != "~");
        }
    }

    /// <summary>Replaces line <paramref name="line"/> and removes the lines indented deeper than <paramref name="indent"/> below it.</summary>
    private static string ReplaceBlock(string[] lines, int line, int indent, string newLine)
    {
        var end = line + 1;
        while (end < lines.Length && (lines[end].Trim().Length == 0 && end + 1 < lines.Length && Indent(lines[end + 1]) > indent
                                      || lines[end].Trim().Length > 0 && lines[end].TrimEnd() != "---" && Indent(lines[end]) > indent))
            end++;
        return string.Join('\n', lines[..line].Append(newLine).Concat(lines[end..]));
    }

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;
}
