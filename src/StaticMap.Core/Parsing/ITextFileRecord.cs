namespace StaticMap.Core.Parsing;

/// <summary>
/// How earlier builds split the plans' files, under each file's stamp (the build cache's text-file record,
/// <c>Caching/TextFileRecord</c>): a plan.yml or Markdown file whose stamp is the recorded one is not read by the parse
/// stage; its YAML tree and its narrative's facts are taken from the YAML and Markdown records under the recorded keys,
/// and its text is read only when something asks for it (<see cref="RecordedText"/>). Called from the parse stage's
/// threads at once (docs/architecture.md, "The build cache").
/// </summary>
public interface ITextFileRecord
{
    /// <summary>The split recorded for the file when its stamp is the recorded one and no folder on its way from the
    /// repository's root is a link; null otherwise (the file is then read).</summary>
    RecordedSplit? Find(string root, string fullPath);

    /// <summary>The file's stamp now, taken before it is read (opaque; null when it has none that can be trusted).</summary>
    object? Stamp(string fullPath);

    /// <summary>A file just read, split and loaded without a diagnostic, with its stamp from before the read.</summary>
    void Add(string fullPath, object? stamp, RecordedSplit split);

    /// <summary>The key the YAML and Markdown records keep a text under.</summary>
    string KeyOf(string text);
}

/// <summary>What a file held when it was last read: the key and first line of its YAML text, and of its narrative (none for
/// a plan.yml), and whether the narrative is blank.</summary>
public sealed record RecordedSplit(string YamlKey, int YamlFirstLine, string? BodyKey, int BodyFirstLine, bool BodyBlank);

/// <summary>
/// The text of a file not read by the parse stage (its stamp was the recorded one), read when first asked for: the file
/// read and split again, each part checked against the key it was recorded under. A file changed since the parse stage
/// began is an error of the build (<see cref="FileChangedDuringBuildException"/>), never a page made of two versions.
/// </summary>
public sealed class RecordedText(Reading.RepositoryLayout layout, string path, bool frontMatter, ITextFileRecord record)
{
    private readonly object _gate = new();
    private (string Yaml, string Body)? _parts;

    /// <summary>How many recorded files were read because something asked for their text (tests).</summary>
    public static int FilesRead => Volatile.Read(ref s_read);

    private static int s_read;

    public string Yaml(string key) => Checked(Parts().Yaml, key);

    public string Body(string key) => Checked(Parts().Body, key);

    private string Checked(string text, string key) =>
        record.KeyOf(text) == key ? text : throw new FileChangedDuringBuildException(path);

    private (string Yaml, string Body) Parts()
    {
        lock (_gate)
        {
            if (_parts is { } parts) return parts;
            Interlocked.Increment(ref s_read);
            var source = Reading.TextFileReader.Read(layout, path, Reading.TextFileReader.MaxPlanTextBytes, new Diagnostics.DiagnosticBag())
                ?? throw new FileChangedDuringBuildException(path);
            if (!frontMatter) return (_parts = (source.Text, "")).Value;
            if (Reading.FrontMatterSplitter.TrySplit(source.Text, out var split) != Reading.FrontMatterSplitter.Outcome.Split)
                throw new FileChangedDuringBuildException(path);
            return (_parts = (split!.Yaml, split.Body)).Value;
        }
    }
}

/// <summary>A plan's file changed (or went away) while the site was built: its text is not the one the build parsed.</summary>
public sealed class FileChangedDuringBuildException(string path)
    : IOException($"{path} changed while the site was built; build again");
