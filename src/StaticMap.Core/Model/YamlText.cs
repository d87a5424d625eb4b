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
/// <remarks>A build lets go of the tree once the plan's pages are written (<see cref="Release"/>): the rules that read it
/// have run, the typed model was built from it, and the text stays for whatever reads the file as written.</remarks>
public sealed record YamlText(string Path, string Text, int FirstLine, YamlNode Root)
{
    private YamlNode? _root = Root;

    /// <summary>The tree; read after <see cref="Release"/>, a bug in StaticMap.</summary>
    public YamlNode Root => _root ?? throw new InvalidOperationException(
        $"The YAML tree of {Path} was let go after its plan was written (BuildPipeline.RunOnce); nothing reads it after that.");

    /// <summary>Whether the tree was let go.</summary>
    public bool IsReleased => _root is null;

    /// <summary>Lets go of the tree, keeping the text; a build's, once every edition of the plan is written.</summary>
    public void Release() => _root = null;
}
