using System.Collections.Concurrent;

namespace StaticMap.Core.Diagnostics;

/// <summary>Collects diagnostics from stages that may run in parallel.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();
    // Diagnostics taken back (Withdraw); empty on almost every bag.
    private readonly ConcurrentDictionary<Diagnostic, byte> _withdrawn = new();

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics) _items.Enqueue(d);
    }

    /// <summary>Takes back a diagnostic added before, when a later one says the same and more (a field reader's MAP015 about
    /// 'responsable' once MAP010 says that 'responsible' is missing, in Parsing/YamlFields).</summary>
    public void Withdraw(Diagnostic diagnostic) => _withdrawn.TryAdd(diagnostic, 0);

    private IEnumerable<Diagnostic> Items => _withdrawn.IsEmpty ? _items : _items.Where(d => !_withdrawn.ContainsKey(d));

    public bool HasErrors => Items.Any(d => d.IsError);

    public int Count => _withdrawn.IsEmpty ? _items.Count : Items.Count();

    /// <summary>All diagnostics, deduplicated and sorted by file, line and column.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        var list = Items.Distinct().ToList();
        list.Sort(Diagnostic.ByPosition);
        return list;
    }
}
