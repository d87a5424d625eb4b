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
        var t = ParseProbe.Start();
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
        var root = YamlLoader.Load(split!.Yaml, path, split.YamlFirstLine, diagnostics, records?.Yaml);
        ParseProbe.Stop(ParseProbe.Part.Yaml, t);
        if (root is null && diagnostics.Count > before) return null;
        var body = MarkdownParser.Parse(path, split.Body, split.BodyFirstLine, diagnostics, records?.Markdown);
        if (root is not null) yaml.Add(new YamlText(path, split.Yaml, split.YamlFirstLine, root));
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
        var t = ParseProbe.Start();
        var source = TextFileReader.Read(layout, path, TextFileReader.MaxPlanTextBytes, diagnostics);
        ParseProbe.Stop(ParseProbe.Part.Read, t);
        if (source is null) return null;
        var before = diagnostics.Count;
        t = ParseProbe.Start();
        var root = YamlLoader.Load(source.Text, path, 1, diagnostics, records?.Yaml);
        ParseProbe.Stop(ParseProbe.Part.Yaml, t);
        if (root is null && diagnostics.Count > before) return null;
        if (root is not null) yaml.Add(new YamlText(path, source.Text, 1, root));
        if (root is YamlMapping map) return new YamlFields(map, "", diagnostics);
        // An empty document's null has the position after its last '---' or '...', which may be a line the file does not have.
        var at = root is null or YamlScalar { IsNull: true } ? SourceSpan.File(path) : root.Span;
        diagnostics.Add(WrongType.Instance.Create(at, System.IO.Path.GetFileName(path), "a mapping of fields",
            root is null ? "empty" : YamlFields.Describe(root), example));
        return null;
    }

    private static YamlFields Empty(string path, DiagnosticBag diagnostics) =>
        new(new YamlMapping([], SourceSpan.File(path)), "", diagnostics);
}
