namespace StaticMap.Cli.Serving;

/// <summary>
/// Watches plans/, input/ and theme/ and reports the changed files in batches, once the burst of events that one
/// save produces has settled.
/// </summary>
public sealed class RepositoryWatcher : IDisposable
{
    private static readonly string[] Watched = ["plans", "input", "theme"];
    private readonly string _root;
    private readonly FileSystemWatcher _watcher;
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly Timer _timer;
    private readonly TimeSpan _quiet;
    private readonly Action<IReadOnlyCollection<string>> _changed;

    public RepositoryWatcher(string root, TimeSpan quiet, Action<IReadOnlyCollection<string>> changed)
    {
        _root = Path.GetFullPath(root);
        _quiet = quiet;
        _changed = changed;
        _timer = new Timer(_ => Flush());
        _watcher = new FileSystemWatcher(_root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        _watcher.Changed += (_, e) => Add(e.FullPath);
        _watcher.Created += (_, e) => Add(e.FullPath);
        _watcher.Deleted += (_, e) => Add(e.FullPath);
        _watcher.Renamed += (_, e) => { Add(e.OldFullPath); Add(e.FullPath); };
        _watcher.Error += (_, _) => Add(Path.Combine(_root, "plans"));
        _watcher.EnableRaisingEvents = true;
    }

    private void Add(string fullPath)
    {
        var relative = Path.GetRelativePath(_root, fullPath).Replace(Path.DirectorySeparatorChar, '/');
        var parts = relative.Split('/');
        if (!Watched.Contains(parts[0]) || parts.Any(p => p.StartsWith('.') || p == "node_modules")) return;
        // Editors save through temporary files (foo.md~, .foo.md.swp, 4913): only real files matter.
        var name = parts[^1];
        if (name.EndsWith('~') || name.EndsWith(".tmp", StringComparison.Ordinal) || name == "4913") return;
        lock (_pending) _pending.Add(relative);
        _timer.Change(_quiet, Timeout.InfiniteTimeSpan);
    }

    private void Flush()
    {
        string[] batch;
        lock (_pending)
        {
            batch = [.. _pending];
            _pending.Clear();
        }
        if (batch.Length > 0) _changed(batch);
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _timer.Dispose();
    }
}
