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
    private Func<string>? _load;

    /// <summary>A text the parse stage did not read (its file's stamp was the recorded one: the build cache's text-file
    /// record), its tree from the YAML record: <paramref name="text"/> reads it when it is first asked for.</summary>
    public YamlText(string path, Func<string> text, int firstLine, YamlNode root) : this(path, (string)null!, firstLine, root) => _load = text;

    /// <summary>The tree; read after <see cref="Release"/>, a bug in StaticMap.</summary>
    public YamlNode Root => _root ?? throw Released("tree");

    /// <summary>The YAML as written; read after <see cref="Release"/>, a bug in StaticMap.</summary>
    public string Text
    {
        get
        {
            if (Volatile.Read(ref _text) is { } text) return text;
            if (_root is null || Volatile.Read(ref _load) is not { } load) throw Released("text");
            // Two threads may read it at once: the same text either way.
            text = load();
            Volatile.Write(ref _text, text);
            return text;
        }
    }

    /// <summary>Whether the text was read: always, unless the parse stage took the tree from the records without it.</summary>
    public bool HasText => Volatile.Read(ref _text) is not null;

    /// <summary>Whether the tree and the text were let go.</summary>
    public bool IsReleased => _root is null;

    /// <summary>Lets go of the tree and the text: a build's (<c>BuildPipeline.RunOnce</c>), when its render starts, since only
    /// validation reads them. The preview never does: its next run validates them again.</summary>
    public void Release() => (_root, _text, _load) = (null, null, null);

    private InvalidOperationException Released(string what) => new(
        $"The YAML {what} of {Path} was let go when the build's render started (BuildPipeline.RunOnce); only validation reads it.");
}
