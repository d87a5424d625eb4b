using System.Collections.Immutable;
using StaticMap.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using StaticMap.Core.Diagnostics.Codes;

namespace StaticMap.Core.Reading.Yaml;

/// <summary>
/// Loads one YAML document into a <see cref="YamlNode"/> tree, keeping line and column of every node.
/// Works from the parser's event stream with an explicit stack, so hostile input cannot overflow the call
/// stack, and refuses anchors and aliases, so an alias bomb cannot expand.
/// </summary>
public static class YamlLoader
{
    public const int MaxDepth = 64;
    public const int MaxNodes = 200_000;

    /// <summary>
    /// Loads <paramref name="text"/>, or takes its tree from the build cache's record of texts loaded before when it holds
    /// this text (<see cref="IYamlRecord"/>); a text loaded here without a diagnostic is added to the record.
    /// </summary>
    /// <param name="record">The record, or null to load every text.</param>
    public static YamlNode? Load(string text, string path, int firstLine, DiagnosticBag diagnostics, IYamlRecord? record) =>
        Load(text, path, firstLine, diagnostics, record, out _);

    /// <param name="key">The text's key in <paramref name="record"/>; null without a record.</param>
    public static YamlNode? Load(string text, string path, int firstLine, DiagnosticBag diagnostics, IYamlRecord? record, out string? key)
    {
        key = null;
        if (record is null) return Load(text, path, firstLine, diagnostics);
        if (record.Find(text, path, firstLine, out var found) is { } kept)
        {
            key = found;
            return kept;
        }
        key = found;
        var before = diagnostics.Count;
        var root = Load(text, path, firstLine, diagnostics);
        if (root is not null && diagnostics.Count == before) record.Add(key, root, firstLine);
        return root;
    }

    /// <param name="text">The YAML text.</param>
    /// <param name="path">Repository-relative path used in spans.</param>
    /// <param name="firstLine">The file line on which <paramref name="text"/> starts (front matter starts on line 2).</param>
    /// <returns>The root node, or null when the document is empty or could not be read (a diagnostic says why).</returns>
    public static YamlNode? Load(string text, string path, int firstLine, DiagnosticBag diagnostics)
    {
        var lineOffset = firstLine - 1;
        SourceSpan At(Mark m) => new(path, (int)m.Line + lineOffset, (int)m.Column);

        var parser = new Parser(new StringReader(text));
        var stack = new Stack<Builder>();
        YamlNode? root = null;
        var nodes = 0;
        var documents = 0;
        var last = Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                var e = parser.Current!;
                last = e.End;
                switch (e)
                {
                    case DocumentStart when ++documents > 1:
                        diagnostics.Add(MalformedYaml.Instance.Create(At(e.Start),
                            "a second YAML document starts here; keep one document per file (remove the extra '---')"));
                        return null;
                    case AnchorAlias alias:
                        diagnostics.Add(YamlAliasNotAllowed.Instance.Create(At(alias.Start), alias.Value.Value));
                        return null;
                    case NodeEvent { Anchor.IsEmpty: false } anchored:
                        diagnostics.Add(YamlAliasNotAllowed.Instance.Create(At(anchored.Start), anchored.Anchor.Value));
                        return null;
                    case YamlDotNet.Core.Events.Scalar s:
                        if (++nodes > MaxNodes) { diagnostics.Add(YamlTooLarge.Instance.CreateTooManyNodes(At(s.Start), MaxNodes)); return null; }
                        var isQuoted = s.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded;
                        var at = At(s.Start);
                        // A missing key (": value") is an empty scalar placed at the previous key; point at its value instead.
                        if (s.Value.Length == 0 && !isQuoted && stack.TryPeek(out var top) && top.IsMapping && top.PendingKey is null && parser.MoveNext())
                            at = At(parser.Current!.Start);
                        if (!Attach(new YamlScalar(Shared(s.Value), isQuoted, at))) return null;
                        break;
                    case SequenceStart ss:
                    case MappingStart ms:
                        if (++nodes > MaxNodes) { diagnostics.Add(YamlTooLarge.Instance.CreateTooManyNodes(At(e.Start), MaxNodes)); return null; }
                        if (stack.Count >= MaxDepth) { diagnostics.Add(YamlTooLarge.Instance.CreateTooDeep(At(e.Start), MaxDepth)); return null; }
                        stack.Push(new Builder(e is MappingStart, At(e.Start)));
                        break;
                    case SequenceEnd:
                    case MappingEnd:
                        var done = stack.Pop();
                        if (!Attach(done.Build())) return null;
                        break;
                }
            }
        }
        catch (YamlException ex)
        {
            // For a tab, YamlDotNet may give the start of the enclosing mapping; the tab itself is more use to the author.
            var at = ex.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) && IndentingTab(text, (int)ex.Start.Line) is { } tab
                ? new SourceSpan(path, tab.Line + lineOffset, tab.Column)
                : At(ex.Start);
            diagnostics.Add(MalformedYaml.Instance.Create(at, Describe(ex)));
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            // YamlDotNet throws these for a few malformed inputs (an unclosed '[' at the end, for one).
            diagnostics.Add(MalformedYaml.Instance.Create(At(last),
                "the YAML cannot be read after this point; look for an unclosed '[', '{' or quote"));
            return null;
        }
        return root;

        bool Attach(YamlNode node)
        {
            if (stack.Count == 0) { root = node; return true; }
            var parent = stack.Peek();
            if (!parent.IsMapping) { parent.Items.Add(node); return true; }
            if (parent.PendingKey is null)
            {
                if (node is not YamlScalar key || key.IsNull)
                {
                    diagnostics.Add(MalformedYaml.Instance.Create(node.Span,
                        "a mapping key must be plain text, like 'title:'; lists or mappings cannot be keys"));
                    return false;
                }
                if (!parent.AddKey(key.Value))
                {
                    diagnostics.Add(DuplicateYamlKey.Instance.Create(key.Span, key.Value));
                }
                parent.PendingKey = key;
                return true;
            }
            parent.Entries.Add(new YamlEntry(parent.PendingKey, node));
            parent.PendingKey = null;
            return true;
        }
    }

    /// <summary>The first tab in the indentation of a line at or after <paramref name="fromLine"/> (1-based).</summary>
    private static (int Line, int Column)? IndentingTab(string text, int fromLine)
    {
        var lines = text.Split('\n');
        for (var i = Math.Max(0, fromLine - 1); i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0) return (i + 1, tab + 1);
        }
        return null;
    }

    private static string Describe(YamlException ex)
    {
        var message = ex.Message.Trim();
        // YamlDotNet sometimes prefixes "(Line: 1, Col: 2, Idx: 3) - (…): "; the position is reported separately.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line:", StringComparison.Ordinal) && cut > 0) message = message[(cut + 3)..];
        message = message.TrimEnd('.');
        if (message.Length > 0) message = char.ToLowerInvariant(message[0]) + message[1..];
        return message + "; check indentation (spaces, not tabs), colons after keys and closing quotes or brackets";
    }

    /// <summary>
    /// Keys and short values repeat across files and plans ("indicator", "status", "not started", "2024"): one string
    /// for each spelling, so the trees a build keeps hold one copy. Bounded, so hostile input cannot grow it without limit.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> SharedStrings = new(StringComparer.Ordinal);

    private const int MaxSharedLength = 24;
    private const int MaxSharedStrings = 8192;

    /// <summary>One string for each short spelling (see <see cref="SharedStrings"/>); also for trees read from the build cache's record.</summary>
    internal static string Shared(string value)
    {
        if (value.Length == 0) return "";
        if (value.Length > MaxSharedLength) return value;
        if (SharedStrings.TryGetValue(value, out var shared)) return shared;
        // Counted apart: ConcurrentDictionary.Count takes every lock of the table, and plans are parsed in parallel.
        if (Volatile.Read(ref _sharedCount) >= MaxSharedStrings) return value;
        shared = SharedStrings.GetOrAdd(value, value);
        if (ReferenceEquals(shared, value)) Interlocked.Increment(ref _sharedCount);
        return shared;
    }

    private static int _sharedCount;

    private sealed class Builder(bool isMapping, SourceSpan span)
    {
        /// <summary>Above this many keys, duplicates are found with a set; below, by looking through the entries.</summary>
        private const int LinearKeys = 16;

        public bool IsMapping { get; } = isMapping;
        private List<YamlNode>? _items;
        private List<YamlEntry>? _entries;
        private HashSet<string>? _keys;
        public List<YamlNode> Items => _items ??= [];
        public List<YamlEntry> Entries => _entries ??= [];
        public YamlScalar? PendingKey { get; set; }

        /// <summary>False when the mapping already has <paramref name="key"/>.</summary>
        public bool AddKey(string key)
        {
            if (_keys is not null) return _keys.Add(key);
            var entries = Entries;
            foreach (var e in entries)
                if (e.Key.Value == key) return false;
            if (entries.Count >= LinearKeys)
            {
                _keys = new HashSet<string>(StringComparer.Ordinal);
                foreach (var e in entries) _keys.Add(e.Key.Value);
                _keys.Add(key);
            }
            return true;
        }

        public YamlNode Build() => IsMapping
            ? new YamlMapping(_entries is null ? [] : _entries.ToImmutableArray(), span)
            : new YamlSequence(_items is null ? [] : _items.ToImmutableArray(), span);
    }
}
