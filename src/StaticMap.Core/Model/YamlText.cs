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
/// <remarks>A build lets go of the tree and the text when its render starts (<see cref="Release"/>): the rules that read
/// them (validation only) have run and the typed model was built from the tree; the text is a fifth of the site's
/// front matter and plan.yml as UTF-16, ~24 MB at 1,000 plans (docs/performance.md, "fifth session, memory2").</remarks>
public sealed record YamlText(string Path, string Text, int FirstLine, YamlNode Root)
{
    private YamlNode? _root = Root;
    private string? _text = Text;

    /// <summary>The tree; read after <see cref="Release"/>, a bug in StaticMap.</summary>
    public YamlNode Root => _root ?? throw Released("tree");

    /// <summary>The YAML as written; read after <see cref="Release"/>, a bug in StaticMap.</summary>
    public string Text => _text ?? throw Released("text");

    /// <summary>Whether the tree and the text were let go.</summary>
    public bool IsReleased => _root is null;

    /// <summary>Lets go of the tree and the text: a build's (<c>BuildPipeline.RunOnce</c>), when its render starts, since only
    /// validation reads them. The preview never does: its next run validates them again.</summary>
    public void Release() => (_root, _text) = (null, null);

    private InvalidOperationException Released(string what) => new(
        $"The YAML {what} of {Path} was let go when the build's render started (BuildPipeline.RunOnce); only validation reads it.");
}
