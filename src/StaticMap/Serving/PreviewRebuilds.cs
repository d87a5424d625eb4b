using StaticMap.Core.Preview;

namespace StaticMap.Cli.Serving;

/// <summary>
/// What <c>staticmap serve</c> does as files change: the watcher's batches rebuild the <see cref="PreviewSite"/>, open pages
/// are told (before the console report, so it never delays them), and a rebuild that failed with an exception (a file still
/// held by the program writing it, a read error) is tried again as a full rebuild, a few times, without waiting for the
/// author's next change.
/// </summary>
/// <remarks>
/// A change that arrives while a rebuild runs is the watcher's next batch, rebuilt once this one ends, so the last rebuild
/// always reads the files as they are after the last change. A save in two steps (decap-server, the browser editor's backend,
/// creates the file empty and then writes it) can therefore rebuild the empty file first: its errors are not shown over
/// the open pages while the second step is already pending, and the second step's rebuild shows the file
/// (tests/StaticMap.Tests/Cli/PreviewRebuildsTests.cs).
/// </remarks>
public sealed class PreviewRebuilds : IDisposable
{
    /// <summary>
    /// The quiet period after the last file event of a save before rebuilding: an editor's save (a write, or a temporary file
    /// renamed over the file) is a burst of events within a millisecond or two, and every millisecond here is one the author
    /// waits (docs/performance.md, "serve2" and "flake").
    /// </summary>
    public static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(10);

    /// <summary>How many times a failed rebuild is tried again (0.25, 0.5, 1 and 2 s after each failure) before serve waits for the next change.</summary>
    public const int Retries = RepositoryWatcher.Retries;

    private readonly RepositoryWatcher _watcher;

    /// <param name="notify">Tells the open pages what a rebuild did.</param>
    /// <param name="report">Prints what a rebuild did.</param>
    /// <param name="warn">Prints a problem of watching the files.</param>
    /// <param name="firstRetry">The pause before a failed rebuild is first tried again (default 0.25 s; tests make it shorter).</param>
    public PreviewRebuilds(string root, PreviewSite site, TimeSpan quiet, Action<PreviewUpdate> notify, Action<PreviewUpdate> report, Action<string> warn,
        TimeSpan? firstRetry = null)
    {
        RepositoryWatcher? watcher = null;
        watcher = new RepositoryWatcher(root, quiet, changed =>
        {
            var update = site.Rebuild(changed);
            if (update.Failed) watcher?.RetryLater();
            // A save still under way when the rebuild started (a burst longer than the quiet period) is rebuilt next: the
            // errors of its half-written file are not shown over the page in between.
            if (update.SiteChanged || watcher?.HasPending != true) notify(update);
            report(update);
        }, warn, firstRetry);
        _watcher = watcher;
    }

    /// <summary>Whether changes arrived that a coming rebuild will read.</summary>
    public bool HasPending => _watcher.HasPending;

    public void Dispose() => _watcher.Dispose();
}
