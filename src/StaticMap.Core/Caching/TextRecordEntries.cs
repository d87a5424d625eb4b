using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace StaticMap.Core.Caching;

/// <summary>
/// The bookkeeping of a record kept under its texts' keys (<see cref="RecordFile.TextKey"/>; <see cref="MarkdownRecord"/>,
/// <see cref="YamlRecord"/>): the entries the record on disk holds, the ones this build read (found there or added), how many
/// of each, and whether the record must be written again. Safe for the parse stage's threads.
/// </summary>
internal sealed class TextRecordEntries<T>(Dictionary<string, T>? known)
{
    private readonly Dictionary<string, T> _known = known ?? new Dictionary<string, T>(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, T> _now = new(StringComparer.Ordinal);
    private int _found;
    private int _added;

    /// <summary>Whether a record of this version was read (an empty one for a first build or a broken record).</summary>
    public bool Readable { get; } = known is not null;

    /// <summary>This build's texts whose entry came from the record.</summary>
    public int Found => Volatile.Read(ref _found);

    /// <summary>This build's texts whose entry was made and added.</summary>
    public int Added => Volatile.Read(ref _added);

    /// <summary>Whether the record on disk is not this build's: an entry was added, or one it holds is no longer read.</summary>
    public bool Changed => !Readable || Added > 0 || _now.Count != _known.Count;

    /// <summary>How many texts this build read.</summary>
    public int Count => _now.Count;

    /// <summary>The record's entry for <paramref name="key"/>, if it has one; <see cref="Keep"/> it once it is used.</summary>
    public bool TryGetKnown(string key, [MaybeNullWhen(false)] out T entry) => _known.TryGetValue(key, out entry);

    /// <summary>An entry of the record that this build used: written again.</summary>
    public void Keep(string key, T entry)
    {
        _now[key] = entry;
        Interlocked.Increment(ref _found);
    }

    /// <summary>An entry this build made.</summary>
    public void Add(string key, T entry)
    {
        _now[key] = entry;
        Interlocked.Increment(ref _added);
    }

    /// <summary>This build's entries in the order of their keys, as the record writes them.</summary>
    public IEnumerable<KeyValuePair<string, T>> InKeyOrder() => _now.OrderBy(e => e.Key, StringComparer.Ordinal);

    /// <summary>Lets go of every entry, once the record is written.</summary>
    public void Clear()
    {
        _known.Clear();
        _now.Clear();
    }
}
