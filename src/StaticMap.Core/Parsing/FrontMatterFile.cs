using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;
using StaticMap.Core.Reading;
using StaticMap.Core.Reading.Yaml;
using StaticMap.Core.Diagnostics.Codes;

namespace StaticMap.Core.Parsing;

/// <summary>A Markdown file with front matter, loaded once: its fields and its parsed narrative.</summary>
public sealed record FrontMatterFile(string Path, YamlFields Fields, MarkdownBody Body)
{
    /// <summary>Reads, splits and parses one file. Null when it could not be read; a diagnostic says why.</summary>
    /// <param name="example">What the front matter should hold, for the message when it is missing.</param>
    /// <param name="yaml">Receives the front matter as written when it loaded, also when it is not a mapping, for the rules over text values.</param>
    /// <param name="optional">Site pages may have no front matter; plan files must.</param>
    public static FrontMatterFile? Load(RepositoryLayout layout, string path, string example, DiagnosticBag diagnostics,
        ICollection<YamlText> yaml, bool optional = false, ParseRecords? records = null) =>
        Load(layout, path, _ => example, diagnostics, yaml, optional, records);

    /// <param name="example">What the front matter should hold, from the file's text (e.g. its first heading).</param>
    /// <param name="records">The build cache's records of texts parsed before (<see cref="ParseRecords"/>), or null.</param>
    public static FrontMatterFile? Load(RepositoryLayout layout, string path, Func<string, string> example, DiagnosticBag diagnostics,
        ICollection<YamlText> yaml, bool optional = false, ParseRecords? records = null)
    {
        if (!optional && Recorded(layout, path, diagnostics, records) is { } recorded)
        {
            yaml.Add(recorded.Yaml);
            return recorded.Root is YamlMapping recordedMap ? new FrontMatterFile(path, new YamlFields(recordedMap, "", diagnostics), recorded.Body!)
                : new FrontMatterFile(path, Empty(path, diagnostics), recorded.Body!);
        }
        var t = ParseProbe.Start();
        var start = diagnostics.Count;
        var stamp = records?.Files?.Stamp(layout.FullPath(path));
        var source = TextFileReader.Read(layout, path, TextFileReader.MaxPlanTextBytes, diagnostics);
        ParseProbe.Stop(ParseProbe.Part.Read, t);
        if (source is null) return null;
        t = ParseProbe.Start();
        var outcome = FrontMatterSplitter.TrySplit(source.Text, out var split);
        ParseProbe.Stop(ParseProbe.Part.Split, t);
        switch (outcome)
        {
            case FrontMatterSplitter.Outcome.NoFrontMatter when optional:
                return new FrontMatterFile(path, Empty(path, diagnostics), MarkdownParser.Parse(path, source.Text, 1, diagnostics, records?.Markdown));
            case FrontMatterSplitter.Outcome.NoFrontMatter:
                diagnostics.Add(FrontMatterMissing.Instance.CreateMissing(path, example(source.Text)));
                return null;
            case FrontMatterSplitter.Outcome.Unclosed:
                diagnostics.Add(FrontMatterMissing.Instance.CreateUnclosed(path));
                return null;
        }
        var before = diagnostics.Count;
        t = ParseProbe.Start();
        var root = YamlLoader.Load(split!.Yaml, path, split.YamlFirstLine, diagnostics, records?.Yaml, out var yamlKey);
        ParseProbe.Stop(ParseProbe.Part.Yaml, t);
        if (root is null && diagnostics.Count > before) return null;
        // Read, split and loaded without a diagnostic: the next build need not read the file while its stamp stays.
        var clean = diagnostics.Count == start;
        var body = MarkdownParser.Parse(path, split.Body, split.BodyFirstLine, diagnostics, records?.Markdown, out var bodyKey);
        if (root is not null) yaml.Add(new YamlText(path, split.Yaml, split.YamlFirstLine, root));
        if (clean && !optional && root is (YamlMapping or YamlScalar { IsNull: true }) && yamlKey is not null && bodyKey is not null && records?.Files is { } files)
            files.Add(layout.FullPath(path), stamp, new RecordedSplit(yamlKey, split.YamlFirstLine, bodyKey, split.BodyFirstLine, body.IsEmpty));
        switch (root)
        {
            case null or YamlScalar { IsNull: true }:
                return new FrontMatterFile(path, Empty(path, diagnostics), body);
            case YamlMapping map:
                return new FrontMatterFile(path, new YamlFields(map, "", diagnostics), body);
            default:
                diagnostics.Add(WrongType.Instance.Create(root.Span, "front matter", "a mapping of fields", YamlFields.Describe(root), example(source.Text)));
                return null;
        }
    }

    /// <summary>Loads a pure YAML file such as plan.yml. Null when it could not be read.</summary>
    /// <param name="yaml">Receives the file's YAML as written when it loaded, also when it is not a mapping.</param>
    /// <param name="records">The build cache's records of texts parsed before (<see cref="ParseRecords"/>), or null.</param>
    public static YamlFields? LoadYaml(RepositoryLayout layout, string path, string example, DiagnosticBag diagnostics, ICollection<YamlText> yaml,
        ParseRecords? records = null)
    {
        if (Recorded(layout, path, diagnostics, records, frontMatter: false) is { Root: YamlMapping recordedMap } recorded)
        {
            yaml.Add(recorded.Yaml);
            return new YamlFields(recordedMap, "", diagnostics);
        }
        var t = ParseProbe.Start();
        var start = diagnostics.Count;
        var stamp = records?.Files?.Stamp(layout.FullPath(path));
        var source = TextFileReader.Read(layout, path, TextFileReader.MaxPlanTextBytes, diagnostics);
        ParseProbe.Stop(ParseProbe.Part.Read, t);
        if (source is null) return null;
        var before = diagnostics.Count;
        t = ParseProbe.Start();
        var root = YamlLoader.Load(source.Text, path, 1, diagnostics, records?.Yaml, out var yamlKey);
        ParseProbe.Stop(ParseProbe.Part.Yaml, t);
        if (root is null && diagnostics.Count > before) return null;
        if (root is not null) yaml.Add(new YamlText(path, source.Text, 1, root));
        if (root is YamlMapping map)
        {
            // Read and loaded without a diagnostic: the next build need not read the file while its stamp stays.
            if (diagnostics.Count == start && yamlKey is not null && records?.Files is { } files)
                files.Add(layout.FullPath(path), stamp, new RecordedSplit(yamlKey, 1, null, 0, true));
            return new YamlFields(map, "", diagnostics);
        }
        // An empty document's null has the position after its last '---' or '...', which may be a line the file does not have.
        var at = root is null or YamlScalar { IsNull: true } ? SourceSpan.File(path) : root.Span;
        diagnostics.Add(WrongType.Instance.Create(at, System.IO.Path.GetFileName(path), "a mapping of fields",
            root is null ? "empty" : YamlFields.Describe(root), example));
        return null;
    }

    /// <summary>
    /// A file the parse stage does not read (the build cache's text-file record knows its stamp, <see cref="ITextFileRecord"/>):
    /// its YAML tree and its narrative's facts from the records under the keys recorded for it, its text read when first
    /// asked for; null when any of them is missing (the file is then read as usual). Only a file that was read without a
    /// diagnostic is recorded, so there is none to repeat but MAP027, which the narrative's facts make again.
    /// </summary>
    private static (YamlNode Root, YamlText Yaml, MarkdownBody? Body)? Recorded(RepositoryLayout layout, string path, DiagnosticBag diagnostics,
        ParseRecords? records, bool frontMatter = true)
    {
        if (records is not { Files: { } files, Yaml: { } yamlRecord, Markdown: { } markdownRecord }) return null;
        var t = ParseProbe.Start();
        try
        {
            if (files.Find(layout.Root, layout.FullPath(path)) is not { } split || (split.BodyKey is null) == frontMatter) return null;
            if (yamlRecord.FindKey(split.YamlKey, path, split.YamlFirstLine) is not { } root) return null;
            var text = new RecordedText(layout, path, frontMatter, files);
            var yaml = new YamlText(path, () => text.Yaml(split.YamlKey), split.YamlFirstLine, root);
            if (!frontMatter) return (root, yaml, null);
            // Last: it adds MAP027 when the narrative was refused as too deep.
            var body = MarkdownParser.FromRecord(path, split.BodyKey!, split.BodyFirstLine, split.BodyBlank, () => text.Body(split.BodyKey!), diagnostics, markdownRecord);
            return body is null ? null : (root, yaml, body);
        }
        finally
        {
            ParseProbe.Stop(ParseProbe.Part.Record, t);
        }
    }

    private static YamlFields Empty(string path, DiagnosticBag diagnostics) =>
        new(new YamlMapping([], SourceSpan.File(path)), "", diagnostics);
}
