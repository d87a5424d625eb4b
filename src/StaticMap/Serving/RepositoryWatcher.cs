namespace StaticMap.Cli.Serving;

/// <summary>
/// Watches plans/, input/ and theme/ and reports the changed files in batches, once the burst of events that one
/// save produces has settled.
/// </summary>
/// <remarks>
/// Each of the three folders has a recursive watcher of its own, and the root one that only sees its direct
/// entries (to notice one of them being created). Watching the root recursively would also watch _site/,
/// node_modules/ and .git/: tens of thousands of folders on a big site, enough to exhaust the system's inotify
/// watches, after which no change would be seen at all.
/// </remarks>
public sealed class RepositoryWatcher : IDisposable
{
    private static readonly string[] Watched = ["plans", "input", "theme"];
    private readonly string _root;
    private readonly FileSystemWatcher _rootWatcher;
    private readonly Dictionary<string, FileSystemWatcher> _folders = new(StringComparer.Ordinal);
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private bool _everything;
    // Set when the last batch could not be handled: the next batch is a full rebuild.
    private bool _failed;
    // Batches in a row that could not be handled, for the pause before trying again (RetryLater).
    private int _failures;
    private readonly Timer _timer;
    private readonly TimeSpan _quiet;
    private readonly TimeSpan _firstRetry;
    private readonly Action<IReadOnlyCollection<string>?> _changed;
    private readonly Action<string> _warn;

    /// <param name="changed">Called with the changed repository-relative paths, or null when everything must be rebuilt
    /// (a watched folder appeared, or the watcher lost events).</param>
    /// <param name="warn">Called with a message when watching fails.</param>
    /// <param name="firstRetry">The pause before the first try again after a failure (<see cref="RetryLater"/>; default 0.25 s).</param>
    public RepositoryWatcher(string root, TimeSpan quiet, Action<IReadOnlyCollection<string>?> changed, Action<string> warn, TimeSpan? firstRetry = null)
    {
        _root = Path.GetFullPath(root);
        _quiet = quiet;
        _firstRetry = firstRetry ?? FirstRetry;
        _changed = changed;
        _warn = warn;
        _timer = new Timer(_ => Flush());
        _rootWatcher = new FileSystemWatcher(_root) { IncludeSubdirectories = false, NotifyFilter = NotifyFilters.DirectoryName };
        _rootWatcher.Created += (_, e) => FolderAppeared(e.Name);
        _rootWatcher.Renamed += (_, e) => FolderAppeared(e.Name);
        _rootWatcher.Error += (_, e) => Failed(e);
        _rootWatcher.EnableRaisingEvents = true;
        foreach (var name in Watched) Watch(name);
    }

    private void Watch(string name)
    {
        var folder = Path.Combine(_root, name);
        lock (_folders)
        {
            if (_folders.ContainsKey(name) || !Directory.Exists(folder)) return;
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => Add(e.FullPath);
            watcher.Created += (_, e) => Add(e.FullPath);
            watcher.Deleted += (_, e) => Add(e.FullPath);
            watcher.Renamed += (_, e) => { Add(e.OldFullPath); Add(e.FullPath); };
            watcher.Error += (_, e) => Failed(e);
            watcher.EnableRaisingEvents = true;
            _folders[name] = watcher;
        }
    }

    private void FolderAppeared(string? name)
    {
        if (name is null || !Watched.Contains(name)) return;
        Watch(name);
        RebuildEverything();
    }

    /// <summary>Events were lost (the kernel's queue overflowed) or watching stopped: say so, and rebuild from the files.</summary>
    private void Failed(ErrorEventArgs e)
    {
        _warn($"watching files: {e.GetException().Message}; rebuilding everything. If changes stop showing, restart 'staticmap serve'" +
              " (on Linux, the inotify limits are fs.inotify.max_user_watches and max_user_instances).");
        RebuildEverything();
    }

    private void RebuildEverything()
    {
        lock (_pending) _everything = true;
        _timer.Change(_quiet, Timeout.InfiniteTimeSpan);
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

    /// <summary>How many times <see cref="RetryLater"/> asks for a batch again after failures in a row.</summary>
    public const int Retries = 4;

    private static readonly TimeSpan FirstRetry = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Asks for a full rebuild after a pause, without waiting for another change: the last batch never reached the site (its
    /// rebuild failed, e.g. on a file the program writing it still held). The pause doubles with each failure in a row
    /// (0.25, 0.5, 1, 2 s); after <see cref="Retries"/> tries the watcher waits for the next change, which is then rebuilt in
    /// full. A change that is already pending is reported after the quiet period, as usual.
    /// </summary>
    public void RetryLater()
    {
        TimeSpan pause;
        lock (_pending)
        {
            _failed = true;
            _failures++;
            if (_failures > Retries && _pending.Count == 0 && !_everything) return;
            pause = _pending.Count > 0 || _everything ? _quiet : _firstRetry * (1 << (_failures - 1));
        }
        _timer.Change(pause, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Whether changes arrived that the next batch will report (e.g. during the rebuild of this one).</summary>
    public bool HasPending
    {
        get { lock (_pending) return _pending.Count > 0 || _everything; }
    }

    private void Flush()
    {
        string[] batch;
        bool everything;
        lock (_pending)
        {
            batch = [.. _pending];
            everything = _everything || _failed;
            _pending.Clear();
            _everything = false;
            _failed = false;
        }
        if (!everything && batch.Length == 0) return;
        try
        {
            _changed(everything ? null : batch);
            // Handled (the callback did not ask to try again): the next failure starts the pauses from the first.
            lock (_pending)
                if (!_failed) _failures = 0;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // An exception here would end the process (it runs on a timer thread): report it, and keep watching.
            // The batch is asked for again as a full rebuild, since it never reached the site.
            _warn($"rebuilding after a change failed ({ex.GetType().Name}: {ex.Message.Split('\n')[0].Trim()}); still watching");
            RetryLater();
        }
    }

    public void Dispose()
    {
        _rootWatcher.Dispose();
        lock (_folders)
        {
            foreach (var watcher in _folders.Values) watcher.Dispose();
        }
        _timer.Dispose();
    }
}
