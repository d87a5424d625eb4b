using System.Collections.Concurrent;
using StaticMap.Cli.Serving;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Cli;

/// <summary>The preview's file watcher: reports changes in plans/, input/ and theme/ only, in settled batches.</summary>
public sealed class RepositoryWatcherTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("staticmap-watch-").FullName;
    private readonly BlockingCollection<IReadOnlyCollection<string>?> _batches = new();

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private RepositoryWatcher Start() =>
        new(_root, TimeSpan.FromMilliseconds(30), batch => _batches.Add(batch), warning => _batches.Add(["warning: " + warning]));

    private IReadOnlyCollection<string>? Next()
    {
        Assert.True(_batches.TryTake(out var batch, TimeSpan.FromSeconds(10)), "no change was reported within 10 s");
        return batch;
    }

    [Fact]
    public void A_saved_plan_file_is_reported_and_the_output_folder_is_not_watched()
    {
        Directory.CreateDirectory(Path.Combine(_root, "plans", "a-county"));
        Directory.CreateDirectory(Path.Combine(_root, "_site", "a-county"));
        using var watcher = Start();

        File.WriteAllText(Path.Combine(_root, "_site", "a-county", "index.html"), "built");
        File.WriteAllText(Path.Combine(_root, "plans", "a-county", "findings.md"), "edited");

        var reported = new HashSet<string>(Next()!);
        while (_batches.TryTake(out var more, TimeSpan.FromMilliseconds(300))) reported.UnionWith(more!);
        Assert.Equal(["plans/a-county/findings.md"], reported);
    }

    [Fact]
    public void A_watched_folder_created_after_start_asks_for_a_full_rebuild_and_is_then_watched()
    {
        using var watcher = Start();

        Directory.CreateDirectory(Path.Combine(_root, "input"));
        Assert.Null(Next());

        File.WriteAllText(Path.Combine(_root, "input", "about.md"), "about");
        Assert.Contains("input/about.md", Next()!);
    }

    [Fact]
    public void A_change_during_a_rebuild_is_pending_for_the_next_batch_and_a_settled_batch_leaves_nothing_pending()
    {
        // What serve relies on to keep a half-written save's errors off the page: while a batch is handled, a later change
        // shows as pending, and it comes as the next batch.
        Directory.CreateDirectory(Path.Combine(_root, "plans", "a-county"));
        var findings = Path.Combine(_root, "plans", "a-county", "findings.md");
        var handled = new BlockingCollection<(string Text, bool Pending)>();
        var wrote = false;
        RepositoryWatcher? watcher = null;
        watcher = new RepositoryWatcher(_root, TimeSpan.FromMilliseconds(10), batch =>
        {
            var text = File.ReadAllText(findings);
            if (text == "first" && !wrote)
            {
                // The author saves again while this batch is rebuilt.
                wrote = true;
                File.WriteAllText(findings, "second");
                var until = DateTime.UtcNow.AddSeconds(10);
                while (!watcher!.HasPending && DateTime.UtcNow < until) Thread.Sleep(5);
            }
            handled.Add((text, watcher!.HasPending));
        }, warning => handled.Add(("warning: " + warning, false)));
        using (watcher)
        {
            File.WriteAllText(findings, "first");
            var seen = new List<(string Text, bool Pending)>();
            while (!seen.Contains(("second", false)) && handled.TryTake(out var one, TimeSpan.FromSeconds(10))) seen.Add(one);
            Assert.Contains(("first", true), seen);
            Assert.Equal(("second", false), seen[^1]);
        }
    }

    [Fact]
    public void A_rebuild_that_throws_is_reported_and_watching_goes_on()
    {
        Directory.CreateDirectory(Path.Combine(_root, "plans", "a-county"));
        var calls = 0;
        using var watcher = new RepositoryWatcher(_root, TimeSpan.FromMilliseconds(30), batch =>
        {
            if (Interlocked.Increment(ref calls) == 1) throw new IOException("the file cannot be read");
            _batches.Add(batch);
        }, warning => _batches.Add(["warning: " + warning]));

        File.WriteAllText(Path.Combine(_root, "plans", "a-county", "findings.md"), "first");
        var warning = Assert.Single(Next()!);
        Assert.Equal("warning: rebuilding after a change failed (IOException: the file cannot be read); still watching", warning);

        File.WriteAllText(Path.Combine(_root, "plans", "a-county", "findings.md"), "second");
        // Still watching; and the batch that failed never reached the site, so the next one is a full rebuild.
        Assert.Null(Next());
    }

    [SkippableFact]
    public void Folders_outside_plans_input_and_theme_take_no_inotify_watches()
    {
        MissingTool.Require(OperatingSystem.IsLinux(), "inotify watches are counted in /proc/self/fdinfo, which only Linux has.");
        Directory.CreateDirectory(Path.Combine(_root, "plans", "a-county"));
        for (var i = 0; i < 200; i++) Directory.CreateDirectory(Path.Combine(_root, "_site", $"plan-{i}", "findings"));
        var before = InotifyWatches();
        using var watcher = Start();
        // The root (its own entries only), plans/ and plans/a-county: a handful, not one per folder of _site/.
        Assert.InRange(InotifyWatches() - before, 1, 10);
    }

    /// <summary>This process's inotify watches, from /proc/self/fdinfo (one "inotify wd:" line per watch).</summary>
    private static int InotifyWatches() =>
        Directory.EnumerateFiles("/proc/self/fdinfo").Sum(f =>
        {
            try { return File.ReadLines(f).Count(l => l.StartsWith("inotify wd:", StringComparison.Ordinal)); }
            catch (IOException) { return 0; }
        });
}
