using System.Collections.Immutable;
using System.Text;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Reading.Yaml;

namespace StaticMap.Core.Caching;

/// <summary>
/// The trees the YAML parser made of each plan.yml and front matter (<see cref="YamlNode"/>: every scalar with its quoting
/// and every node's line and column), kept in <c>.staticmap/cache/yaml.bin</c> under the SHA-256 of the YAML text, so that a
/// build with the cache does not run YamlDotNet over a text a build before loaded: at 1,000 plans the YAML was the largest
/// part of a warm build's parse (docs/performance.md, "sixth session, warmparse"). Only a text that loaded without a
/// diagnostic is kept (<see cref="YamlLoader.Load(string, string, int, DiagnosticBag, IYamlRecord?)"/>), so a tree taken from
/// the record has no diagnostic to repeat; the typed model is bound from it as from a tree just loaded, with the same
/// diagnostics. Lines are kept from the text's own first line, and no path, so the same text in two files is one entry.
/// <para>
/// Binary, since it is read whole on every warm build: a header (format, the Core assembly's and YamlDotNet's MVIDs, which fix
/// the loader), the count of entries, each entry (its key, the length of its tree and the tree, node by node in document
/// order), the count again and the SHA-256 of all before it. A record of another version, cut short, or whose hash is not its
/// bytes' is ignored (every text is loaded) and written again; never an error. It lists the texts of the last build only (a
/// temporary file renamed), and is written only when that list changed.
/// </para>
/// </summary>
public sealed class YamlRecord : IYamlRecord
{
    /// <summary>The record's name in the cache folder.</summary>
    public const string FileName = "yaml.bin";

    private const int KeyBytes = 32;

    private static readonly string Header = RecordFile.Header("staticmap-yaml 1", typeof(YamlRecord), typeof(YamlDotNet.Core.Parser));

    private enum Kind : byte { Plain, Quoted, Sequence, Mapping }

    private readonly string _path;
    private byte[] _bytes;
    // The texts' trees: one of the record as its place in the record's bytes, a new one as its own bytes.
    private readonly TextRecordEntries<Tree> _entries;

    private readonly record struct Tree(int Offset, int Length, byte[]? Own);

    private YamlRecord(string path, byte[]? bytes, Dictionary<string, Tree>? known) => (_path, _bytes, _entries) = (path, bytes ?? [], new(known));

    /// <summary>The record in <paramref name="cacheFolder"/>; an empty one when there is none, it does not read or is another version's.</summary>
    public static YamlRecord In(string cacheFolder)
    {
        var path = Path.Combine(cacheFolder, FileName);
        return RecordFile.ReadSealed(path, Header) is { } record && Index(record.Bytes, record.Start, record.End) is { } known
            ? new YamlRecord(path, record.Bytes, known)
            : new YamlRecord(path, null, null);
    }

    /// <summary>Whether a record of this version was read (an empty one for a first build or a broken record).</summary>
    public bool Readable => _entries.Readable;

    /// <summary>The texts of this build whose tree came from the record (not loaded): for tests and the timings.</summary>
    public int Found => _entries.Found;

    /// <summary>The texts of this build loaded and added to the record.</summary>
    public int Loaded => _entries.Added;

    /// <summary>Whether the record on disk is not this build's: a text was loaded, or one it lists is no longer read.</summary>
    public bool Changed => _entries.Changed;

    /// <inheritdoc />
    public YamlNode? Find(string text, string path, int firstLine, out string key)
    {
        key = RecordFile.TextKey(text);
        return FindKey(key, path, firstLine);
    }

    /// <inheritdoc />
    public YamlNode? FindKey(string key, string path, int firstLine)
    {
        if (!_entries.TryGetKnown(key, out var at)) return null;
        var reader = new TreeReader(_bytes.AsSpan(at.Offset, at.Length), path, firstLine - 1);
        if (reader.Node() is not { } root || !reader.AtEnd) return null;
        _entries.Keep(key, at);
        return root;
    }

    /// <inheritdoc />
    public void Add(string key, YamlNode root, int firstLine)
    {
        var tree = new MemoryStream();
        using (var writer = new BinaryWriter(tree, Encoding.UTF8, leaveOpen: true)) Write(writer, root, firstLine - 1);
        _entries.Add(key, new Tree(0, (int)tree.Length, tree.ToArray()));
    }

    /// <summary>
    /// Writes the trees of the texts this build read (a temporary file renamed), when they are not the record's already, and
    /// lets go of the record's bytes. A failure is silent: the record left behind is still true of every text it lists.
    /// </summary>
    public void Save()
    {
        if (Changed) RecordFile.TryReplaceSealed(_path, Header, WriteEntries);
        _bytes = [];
        _entries.Clear();
    }

    /// <summary>The record's body: the count of entries, each entry (key, length, tree) in the order of their keys, the count again.</summary>
    private void WriteEntries(BinaryWriter writer)
    {
        writer.Write(_entries.Count);
        foreach (var (key, tree) in _entries.InKeyOrder())
        {
            writer.Write(Convert.FromHexString(key));
            writer.Write(tree.Length);
            writer.Write(tree.Own is { } own ? own : _bytes.AsSpan(tree.Offset, tree.Length));
        }
        writer.Write(_entries.Count);
    }

    /// <summary>Each entry's place in <paramref name="bytes"/> by key, from the body between <paramref name="start"/> and
    /// <paramref name="end"/>; null when it is cut short or damaged.</summary>
    private static Dictionary<string, Tree>? Index(byte[] bytes, int start, int end)
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, 0, end, writable: false), Encoding.UTF8);
            reader.BaseStream.Position = start;
            var count = reader.ReadInt32();
            if (count < 0) return null;
            var known = new Dictionary<string, Tree>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var key = Convert.ToHexStringLower(reader.ReadBytes(KeyBytes));
                var length = reader.ReadInt32();
                var offset = (int)reader.BaseStream.Position;
                if (length < 0 || offset + length > end || !known.TryAdd(key, new Tree(offset, length, null))) return null;
                reader.BaseStream.Position = offset + length;
            }
            return reader.ReadInt32() == count && reader.BaseStream.Position == end ? known : null;
        }
        catch (EndOfStreamException)
        {
            return null;
        }
    }

    /// <summary>A tree in document order: each node's kind, line (from the text's first line) and column, then a scalar's
    /// value, or a list's items, or a mapping's entries (key and value).</summary>
    private static void Write(BinaryWriter writer, YamlNode node, int lineOffset)
    {
        switch (node)
        {
            case YamlScalar scalar:
                Place(scalar.IsQuoted ? Kind.Quoted : Kind.Plain, scalar.Span);
                writer.Write(scalar.Value);
                break;
            case YamlSequence sequence:
                Place(Kind.Sequence, sequence.Span);
                writer.Write7BitEncodedInt(sequence.Items.Length);
                foreach (var item in sequence.Items) Write(writer, item, lineOffset);
                break;
            case YamlMapping mapping:
                Place(Kind.Mapping, mapping.Span);
                writer.Write7BitEncodedInt(mapping.Entries.Length);
                foreach (var entry in mapping.Entries)
                {
                    Write(writer, entry.Key, lineOffset);
                    Write(writer, entry.Value, lineOffset);
                }
                break;
            default:
                throw new InvalidOperationException($"A YAML node of kind {node.GetType().Name} has no place in the record.");
        }

        void Place(Kind kind, SourceSpan span)
        {
            writer.Write((byte)kind);
            writer.Write7BitEncodedInt(span.Line - lineOffset);
            writer.Write7BitEncodedInt(span.Column);
        }
    }

    /// <summary>Reads one tree back; a node that does not read (a damaged entry) gives null, and the text is loaded.</summary>
    private ref struct TreeReader(ReadOnlySpan<byte> bytes, string path, int lineOffset)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _at;
        private int _depth;

        public readonly bool AtEnd => _at == _bytes.Length;

        public YamlNode? Node()
        {
            if (_at >= _bytes.Length || ++_depth > YamlLoader.MaxDepth + 1) return null;
            var kind = (Kind)_bytes[_at++];
            if (Int() is not { } line || Int() is not { } column) return null;
            var span = new SourceSpan(path, line + lineOffset, column);
            YamlNode? node;
            switch (kind)
            {
                case Kind.Plain or Kind.Quoted:
                    node = String() is { } value ? new YamlScalar(YamlLoader.Shared(value), kind == Kind.Quoted, span) : null;
                    break;
                case Kind.Sequence:
                {
                    if (Int() is not { } count || count > _bytes.Length - _at) return null;
                    var items = ImmutableArray.CreateBuilder<YamlNode>(count);
                    for (var i = 0; i < count; i++)
                    {
                        if (Node() is not { } item) return null;
                        items.Add(item);
                    }
                    node = new YamlSequence(items.MoveToImmutable(), span);
                    break;
                }
                case Kind.Mapping:
                {
                    if (Int() is not { } count || count > _bytes.Length - _at) return null;
                    var entries = ImmutableArray.CreateBuilder<YamlEntry>(count);
                    for (var i = 0; i < count; i++)
                    {
                        if (Node() is not YamlScalar key || Node() is not { } entryValue) return null;
                        entries.Add(new YamlEntry(key, entryValue));
                    }
                    node = new YamlMapping(entries.MoveToImmutable(), span);
                    break;
                }
                default:
                    return null;
            }
            _depth--;
            return node;
        }

        /// <summary>A 7-bit encoded non-negative int, as <see cref="BinaryWriter.Write7BitEncodedInt"/> writes it.</summary>
        private int? Int()
        {
            var value = 0;
            for (var shift = 0; shift < 35; shift += 7)
            {
                if (_at >= _bytes.Length) return null;
                var b = _bytes[_at++];
                value |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0) return value >= 0 ? value : null;
            }
            return null;
        }

        /// <summary>A string as <see cref="BinaryWriter.Write(string)"/> writes it: its UTF-8 length, then its UTF-8.</summary>
        private string? String()
        {
            if (Int() is not { } length || length > _bytes.Length - _at) return null;
            var value = Encoding.UTF8.GetString(_bytes.Slice(_at, length));
            _at += length;
            return value;
        }
    }
}
