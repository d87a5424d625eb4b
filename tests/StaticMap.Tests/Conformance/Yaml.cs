using System.Text;

namespace StaticMap.Tests.Conformance;

/// <summary>How a scalar is written: the contract's YAML allows every one of these for a text field.</summary>
public enum Quote { Plain, Single, Double, Folded, Literal }

/// <summary>A tiny YAML tree the generator builds and the faults edit; <see cref="YamlEmitter"/> writes it and remembers where.</summary>
public abstract class YNode;

public sealed class YScalar(string value, Quote style = Quote.Plain) : YNode
{
    public string Value { get; set; } = value;
    public Quote Style { get; set; } = style;
    /// <summary>A comment written after the value on the same line (block context only).</summary>
    public string? Comment { get; set; }
}

public sealed class YSeq : YNode
{
    public List<YNode> Items { get; } = [];
    /// <summary>Written as [a, b]; only when every item is a scalar or a flow mapping.</summary>
    public bool Flow { get; set; }
    /// <summary>In block style under a key: items indented by two spaces (else at the key's indent, also valid YAML).</summary>
    public bool Indented { get; set; } = true;
}

public sealed class YEntry(string key, YNode value)
{
    public string Key { get; set; } = key;
    public YNode Value { get; set; } = value;
    /// <summary>A full-line comment written above the key.</summary>
    public string? CommentAbove { get; set; }
}

public sealed class YMap : YNode
{
    public List<YEntry> Entries { get; } = [];
    /// <summary>Written as {a: 1, b: 2}; only when every value is a scalar.</summary>
    public bool Flow { get; set; }

    public YEntry? Find(string key) => Entries.FirstOrDefault(e => e.Key == key);

    public YNode? this[string key] => Find(key)?.Value;

    public YMap Add(string key, YNode value)
    {
        Entries.Add(new YEntry(key, value));
        return this;
    }

    public bool Remove(string key) => Entries.RemoveAll(e => e.Key == key) > 0;
}

/// <summary>A 1-based position in a written file.</summary>
public readonly record struct Pos(int Line, int Column)
{
    public override string ToString() => $"({Line},{Column})";
}

/// <summary>Where the emitter wrote each node (its value), each entry (its key) and each mapping (its first key or '{').</summary>
public sealed class Positions
{
    private readonly Dictionary<object, Pos> _at = new(ReferenceEqualityComparer.Instance);

    public void Set(object what, Pos pos) => _at.TryAdd(what, pos);

    public Pos Of(object what) => _at.TryGetValue(what, out var p) ? p
        : throw new InvalidOperationException("the generator did not write this node: " + what);

    public bool Has(object what) => _at.ContainsKey(what);

    public void AddAll(Positions other)
    {
        foreach (var (k, v) in other._at) _at.TryAdd(k, v);
    }
}

/// <summary>
/// Writes a <see cref="YMap"/> as YAML in block or flow style, with comments, and records the line and column of every
/// node, so that a fault can say exactly where its diagnostic must point.
/// </summary>
public sealed class YamlEmitter
{
    private readonly StringBuilder _out = new();
    private int _lineStart;
    private readonly int _firstLine;
    private int _line;
    public Positions Positions { get; } = new();

    /// <param name="firstLine">The line of the file the YAML starts on (2 in front matter).</param>
    public YamlEmitter(int firstLine)
    {
        _firstLine = firstLine;
        _line = firstLine;
    }

    public int Lines => _line - _firstLine;

    public string Text => _out.ToString();

    private Pos Here => new(_line, _out.Length - _lineStart + 1);

    private void NewLine()
    {
        _out.Append('\n');
        _line++;
        _lineStart = _out.Length;
    }

    public void Comment(string text)
    {
        _out.Append("# ").Append(text);
        NewLine();
    }

    public void Document(YMap map)
    {
        if (map.Flow)
        {
            WriteFlow(map);
            NewLine();
            return;
        }
        WriteBlockMap(map, 0, inline: false);
    }

    private void WriteBlockMap(YMap map, int indent, bool inline)
    {
        if (map.Entries.Count == 0)
        {
            // Only reached for an empty mapping at the top; never generated.
            _out.Append("{}");
            NewLine();
            return;
        }
        for (var i = 0; i < map.Entries.Count; i++)
        {
            var entry = map.Entries[i];
            var firstInline = inline && i == 0;
            if (!firstInline)
            {
                if (entry.CommentAbove is { } c)
                {
                    _out.Append(' ', indent);
                    Comment(c);
                }
                _out.Append(' ', indent);
            }
            if (i == 0) Positions.Set(map, Here);
            Positions.Set(entry, Here);
            _out.Append(entry.Key).Append(':');
            WriteValue(entry.Value, indent);
        }
    }

    /// <summary>After "key:".</summary>
    private void WriteValue(YNode value, int indent)
    {
        switch (value)
        {
            case YScalar s when s.Style is Quote.Folded or Quote.Literal:
                _out.Append(' ');
                Positions.Set(s, Here);
                _out.Append(s.Style == Quote.Folded ? ">" : "|");
                NewLine();
                foreach (var line in Wrap(s.Value))
                {
                    _out.Append(' ', indent + 2).Append(line);
                    NewLine();
                }
                break;
            case YScalar s:
                _out.Append(' ');
                WriteScalar(s, flow: false);
                if (s.Comment is { } c) _out.Append("  # ").Append(c);
                NewLine();
                break;
            case YSeq { Flow: true } or YMap { Flow: true }:
            case YSeq { Items.Count: 0 }:
                _out.Append(' ');
                WriteFlow(value);
                NewLine();
                break;
            case YSeq seq:
                NewLine();
                WriteBlockSeq(seq, seq.Indented ? indent + 2 : indent);
                break;
            case YMap map:
                NewLine();
                WriteBlockMap(map, indent + 2, inline: false);
                break;
        }
    }

    private void WriteBlockSeq(YSeq seq, int indent)
    {
        Positions.Set(seq, new Pos(_line, indent + 1));
        foreach (var item in seq.Items)
        {
            _out.Append(' ', indent).Append("- ");
            switch (item)
            {
                case YMap { Flow: false, Entries.Count: > 0 } map:
                    WriteBlockMap(map, indent + 2, inline: true);
                    break;
                case YScalar s when s.Style is not (Quote.Folded or Quote.Literal):
                    WriteScalar(s, flow: false);
                    NewLine();
                    break;
                default:
                    WriteFlow(item);
                    NewLine();
                    break;
            }
        }
    }

    private void WriteFlow(YNode node)
    {
        switch (node)
        {
            case YScalar s:
                WriteScalar(s, flow: true);
                break;
            case YSeq seq:
                Positions.Set(seq, Here);
                _out.Append('[');
                for (var i = 0; i < seq.Items.Count; i++)
                {
                    if (i > 0) _out.Append(", ");
                    WriteFlow(seq.Items[i]);
                }
                _out.Append(']');
                break;
            case YMap map:
                Positions.Set(map, Here);
                _out.Append('{');
                for (var i = 0; i < map.Entries.Count; i++)
                {
                    if (i > 0) _out.Append(", ");
                    Positions.Set(map.Entries[i], Here);
                    _out.Append(map.Entries[i].Key).Append(": ");
                    WriteFlow(map.Entries[i].Value);
                }
                _out.Append('}');
                break;
        }
    }

    private void WriteScalar(YScalar s, bool flow)
    {
        Positions.Set(s, Here);
        var style = s.Style;
        if (style is Quote.Folded or Quote.Literal) style = Quote.Double;
        if (style == Quote.Plain && !IsPlainSafe(s.Value, flow)) style = Quote.Double;
        if (style == Quote.Single && s.Value.Contains('\n')) style = Quote.Double;
        switch (style)
        {
            case Quote.Plain:
                _out.Append(s.Value);
                break;
            case Quote.Single:
                _out.Append('\'').Append(s.Value.Replace("'", "''")).Append('\'');
                break;
            default:
                _out.Append('"').Append(s.Value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n")).Append('"');
                break;
        }
    }

    private static readonly string[] Reserved = ["true", "false", "null", "~", "yes", "no", "on", "off", "y", "n"];

    /// <summary>Whether the text reads back as the same string when written without quotes.</summary>
    public static bool IsPlainSafe(string text, bool flow)
    {
        if (text.Length == 0 || text != text.Trim()) return false;
        if ("-?:,[]{}#&*!|>'\"%@`".Contains(text[0])) return false;
        if (text.Contains(": ") || text.Contains(" #") || text.EndsWith(':') || text.Contains('\n') || text.Contains('\t')) return false;
        if (flow && text.IndexOfAny([',', '[', ']', '{', '}', ':']) >= 0) return false;
        if (Reserved.Contains(text.ToLowerInvariant())) return false;
        return true;
    }

    /// <summary>Splits a long text into lines of about 60 characters for a folded or literal block.</summary>
    private static IEnumerable<string> Wrap(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var line = new StringBuilder();
        foreach (var w in words)
        {
            if (line.Length > 0 && line.Length + w.Length > 60)
            {
                yield return line.ToString();
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(w);
        }
        if (line.Length > 0) yield return line.ToString();
    }
}
