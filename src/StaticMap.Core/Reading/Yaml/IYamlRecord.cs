namespace StaticMap.Core.Reading.Yaml;

/// <summary>
/// The trees of YAML texts loaded by earlier builds, under their text (the build cache's YAML record, <c>Caching/YamlRecord</c>):
/// <see cref="YamlLoader.Load(string, string, int, Diagnostics.DiagnosticBag, IYamlRecord?)"/> asks it before it runs the YAML
/// parser, and a text it knows is not parsed (docs/architecture.md, "The build cache"). Only a text that loaded without a
/// diagnostic is ever added, so a tree from the record has none to repeat. Called from the parse stage's threads at once.
/// </summary>
public interface IYamlRecord
{
    /// <summary>The tree recorded for exactly this text, its spans in <paramref name="path"/> from <paramref name="firstLine"/>,
    /// or null; <paramref name="key"/> is the text's key, for <see cref="Add"/> when it is loaded.</summary>
    YamlNode? Find(string text, string path, int firstLine, out string key);

    /// <summary>As <see cref="Find"/>, by the text's key (a file whose text was not read: the text-file record's), or null.</summary>
    YamlNode? FindKey(string key, string path, int firstLine);

    /// <summary>The tree of a text just loaded without a diagnostic, under the text's key; <paramref name="firstLine"/> is the
    /// file line it was loaded from (the record keeps lines from the text's own first line).</summary>
    void Add(string key, YamlNode root, int firstLine);
}
