using System.Text;

namespace StaticMap.Tests.Conformance;

/// <summary>A Markdown link (or image) written in a narrative; the writer records where its '[' (or '!') lands.</summary>
public sealed class MdLink(string text, string target, bool image = false)
{
    public string Text { get; } = text;
    public string Target { get; set; } = target;
    public bool Image { get; } = image;
    /// <summary>The file the link leads to, when it leads to a file of the repository (null for pages without a file).</summary>
    public GFile? TargetFile { get; init; }
    /// <summary>A link title: [text](target "title").</summary>
    public string? Title { get; init; }
    /// <summary>Written as a reference, [text][label], with its definition "[label]: target" in a later block.</summary>
    public string? Reference { get; init; }
    public override string ToString() =>
        (Image ? "!" : "") + $"[{Text}]" + (Reference is not null ? $"[{Reference}]" : $"({Target}{(Title is null ? "" : $" \"{Title}\"")})");
}

/// <summary>The definition of a reference link, "[label]: target", written as a block of its own.</summary>
public sealed class MdDefinition(MdLink link)
{
    public MdLink Link { get; } = link;
    public override string ToString() => $"[{Link.Reference}]: {Link.Target}";
}

/// <summary>A block of a narrative: lines of text in which <see cref="MdLink"/>s are placed as parts of a line.</summary>
public sealed class MdBlock
{
    /// <summary>Each line is a list of parts: strings and links.</summary>
    public List<List<object>> Lines { get; } = [];

    public static MdBlock Of(params object[] parts)
    {
        var b = new MdBlock();
        b.Lines.Add([.. parts]);
        return b;
    }

    public MdBlock Line(params object[] parts)
    {
        Lines.Add([.. parts]);
        return this;
    }

    /// <summary>The links of the block, and the links whose reference definitions it holds.</summary>
    public IEnumerable<MdLink> Links => Lines.SelectMany(l => l.OfType<MdLink>().Concat(l.OfType<MdDefinition>().Select(d => d.Link)));
}

/// <summary>One file of a generated repository: YAML (plan.yml), Markdown with front matter, or raw bytes.</summary>
public sealed class GFile(string path)
{
    public string Path { get; set; } = path;
    /// <summary>plan.yml's document, or a Markdown file's front matter.</summary>
    public YMap? Yaml { get; set; }
    /// <summary>Markdown files: front matter between '---' lines (null Yaml means no front matter at all).</summary>
    public bool IsMarkdown { get; init; }
    public List<MdBlock> Body { get; } = [];
    /// <summary>Comment lines written before the YAML (e.g. the yaml-language-server schema line).</summary>
    public List<string> LeadingComments { get; } = [];
    public byte[]? Raw { get; set; }
    /// <summary>plan.yml: starts with the YAML document marker '---'.</summary>
    public bool DocumentStart { get; set; }
    public bool Bom { get; set; }
    public bool Crlf { get; set; }
    /// <summary>Component files: the value of 'component:'; progress files: the year.</summary>
    public string? Kind { get; set; }
    public override string ToString() => Path;
}

/// <summary>A file as written, with where each node and link landed.</summary>
public sealed record WrittenFile(GFile File, string Text, Positions Positions, int BodyFirstLine);

public sealed class PlanSpec
{
    public required string Id { get; init; }
    public required Place Place { get; init; }
    public bool Released { get; set; }
    public required GFile PlanYml { get; init; }
    public Dictionary<string, GFile> Components { get; } = [];
    public List<GFile> Progress { get; } = [];
    public List<GFile> Assets { get; } = [];
    public List<GFile> DataFiles { get; } = [];
    public string[] Peers { get; set; } = [];
    /// <summary>Logic-model items by id, with the node of their id and their kind (input, activity, output, outcome).</summary>
    public List<(string Id, string Kind, YMap Item, YSeq List)> LogicItems { get; } = [];
    public List<(string Id, string Measures, YMap Item)> Indicators { get; } = [];
    public string Folder => "plans/" + Id;
}

/// <summary>A generated repository: every file, and what the generator knows about each plan.</summary>
public sealed class GeneratedRepository
{
    public List<GFile> Files { get; } = [];
    public List<PlanSpec> Plans { get; } = [];
    /// <summary>A line that says how the repository was made, for failure messages.</summary>
    public string Description { get; set; } = "";

    public GFile Add(GFile file)
    {
        Files.Add(file);
        return file;
    }

    public IReadOnlyDictionary<string, WrittenFile> Render()
    {
        var result = new Dictionary<string, WrittenFile>(StringComparer.Ordinal);
        foreach (var f in Files) result[f.Path] = RenderFile(f);
        return result;
    }

    public static WrittenFile RenderFile(GFile f)
    {
        if (f.Raw is not null) return new WrittenFile(f, "", new Positions(), 0);
        var positions = new Positions();
        var text = new StringBuilder();
        var line = 1;
        if (f.IsMarkdown && f.Yaml is not null || f.DocumentStart)
        {
            text.Append("---\n");
            line++;
        }
        foreach (var c in f.LeadingComments)
        {
            text.Append("# ").Append(c).Append('\n');
            line++;
        }
        if (f.Yaml is not null)
        {
            var emitter = new YamlEmitter(line);
            emitter.Document(f.Yaml);
            text.Append(emitter.Text);
            line += emitter.Lines;
            positions.AddAll(emitter.Positions);
            if (f.IsMarkdown)
            {
                text.Append("---\n");
                line++;
            }
        }
        var bodyFirst = line;
        for (var b = 0; b < f.Body.Count; b++)
        {
            if (b > 0)
            {
                text.Append('\n');
                line++;
            }
            foreach (var parts in f.Body[b].Lines)
            {
                var column = 1;
                foreach (var part in parts)
                {
                    if (part is MdLink link) positions.Set(link, new Pos(line, column));
                    var s = part.ToString()!;
                    text.Append(s);
                    column += s.Length;
                }
                text.Append('\n');
                line++;
            }
        }
        return new WrittenFile(f, text.ToString(), positions, bodyFirst);
    }

    public static byte[] Bytes(WrittenFile w)
    {
        if (w.File.Raw is not null) return w.File.Raw;
        var text = w.File.Crlf ? w.Text.Replace("\n", "\r\n") : w.Text;
        var bytes = Encoding.UTF8.GetBytes(text);
        return w.File.Bom ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes;
    }

    /// <summary>Writes every file under <paramref name="root"/>.</summary>
    public IReadOnlyDictionary<string, WrittenFile> WriteTo(string root)
    {
        var written = Render();
        foreach (var w in written.Values)
        {
            var path = System.IO.Path.Combine(root, w.File.Path.Replace('/', System.IO.Path.DirectorySeparatorChar));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, Bytes(w));
        }
        return written;
    }

    /// <summary>Every text file the generator wrote (data copies abbreviated), with line numbers, for a failure message.</summary>
    public static string Listing(IReadOnlyDictionary<string, WrittenFile> written)
    {
        var sb = new StringBuilder();
        foreach (var w in written.Values.OrderBy(w => w.File.Path, StringComparer.Ordinal))
        {
            var f = w.File;
            sb.Append("=== ").Append(f.Path);
            if (f.Bom) sb.Append(" [BOM]");
            if (f.Crlf) sb.Append(" [CRLF]");
            sb.Append('\n');
            if (f.Raw is not null)
            {
                var head = Encoding.UTF8.GetString(f.Raw, 0, Math.Min(f.Raw.Length, 300));
                var lines = head.Split('\n');
                sb.Append("    (").Append(f.Raw.Length).Append(" bytes) ").Append(lines[0].Length > 160 ? lines[0][..160] + "…" : lines[0]).Append('\n');
                continue;
            }
            var n = 1;
            foreach (var l in w.Text.TrimEnd('\n').Split('\n'))
                sb.Append($"{n++,4}| ").Append(l).Append('\n');
        }
        return sb.ToString();
    }
}
