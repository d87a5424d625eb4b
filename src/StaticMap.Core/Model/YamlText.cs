using StaticMap.Core.Reading.Yaml;

namespace StaticMap.Core.Model;

/// <summary>
/// The YAML of one file as it is written: a plan.yml, or the front matter of a Markdown file, with the tree loaded from
/// it. Parsing keeps it so that rules over text values (MAP051, MAP090) can report at the character in the file: they
/// search the text from where each scalar starts, since quotes, escapes and folded lines move a value's characters.
/// </summary>
/// <param name="Path">Repository-relative path of the file.</param>
/// <param name="Text">The YAML text; <paramref name="FirstLine"/> is its first line in the file (2 for a front matter after '---').</param>
/// <param name="Root">The tree loaded from <paramref name="Text"/>.</param>
public sealed record YamlText(string Path, string Text, int FirstLine, YamlNode Root);
