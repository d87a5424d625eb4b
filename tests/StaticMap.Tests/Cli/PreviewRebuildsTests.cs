using System.Collections.Concurrent;
using System.Text;
using StaticMap.Cli.Serving;
using StaticMap.Core.Pipeline;
using StaticMap.Core.Preview;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Cli;

/// <summary>
/// `staticmap serve`'s rebuilds as files change on disk: the watcher at serve's quiet period, the preview, and what the
/// open pages are told. A save the way the browser editor's backend (decap-server) makes it, a file created empty and then
/// written, lands in the preview however the rebuilds fall between its two steps; a rebuild that fails is tried again.
/// </summary>
public sealed class PreviewRebuildsTests : IDisposable
{
    private const string NewReport = TestSite.Plan + "/progress/2025.md";
    private readonly TestSite _site = TestSite.Valid().OnDisk();
    private readonly BlockingCollection<PreviewUpdate> _told = new();
    private readonly List<string> _log = [];

    public void Dispose() => _site.Dispose();

    // The failure tests' retries 25, 50, 100 and 200 ms after each failure rather than serve's 0.25 to 2 s: the same
    // schedule, ten times faster, so they stay in the fast suite.
    private static readonly TimeSpan FirstRetry = TimeSpan.FromMilliseconds(25);

    private PreviewRebuilds Start(PreviewSite preview, TimeSpan? firstRetry = null) =>
        new(_site.Root, preview, PreviewRebuilds.QuietPeriod, _told.Add, update => { lock (_log) _log.Add($"{update.Scope}: {update.SiteChanged}"); },
            warning => { lock (_log) _log.Add("warning: " + warning); }, firstRetry);

    private string Report(string sentence) =>
        _site.Read(TestSite.Plan + "/progress/2024.md").Replace("year: 2024", "year: 2025").Replace("The first year of the plan", sentence);

    /// <summary>Waits until the served site's page holds <paramref name="text"/>; the page as last served otherwise.</summary>
    private static string PageOnceItHas(PreviewSite preview, string path, string text)
    {
        var page = "";
        for (var until = DateTime.UtcNow.AddSeconds(20); DateTime.UtcNow < until; Thread.Sleep(20))
        {
            page = preview.Site.TryGet(path, out var bytes) ? Encoding.UTF8.GetString(bytes) : "";
            if (page.Contains(text, StringComparison.Ordinal)) break;
        }
        return page;
    }

    /// <summary>Writes the report's text once the rebuild that reads it empty has parsed it (the file's second step landing
    /// during a rebuild), and waits until the watcher has that write pending.</summary>
    private sealed class WriteAfterParse(Func<bool> due, Action write, Func<bool> pending) : IStageObserver
    {
        public int Written;

        public void Starting(string stage)
        {
        }

        public void Finished(string stage, TimeSpan elapsed)
        {
            if (stage != StageNames.Parse || Written > 0 || !due()) return;
            write();
            Written++;
            for (var until = DateTime.UtcNow.AddSeconds(10); !pending() && DateTime.UtcNow < until;) Thread.Sleep(5);
        }
    }

    [Fact]
    public void A_new_report_created_empty_and_written_while_the_empty_file_is_rebuilt_is_shown_once_written()
    {
        const string sentence = "The coalition filled both positions in 2025.";
        var path = _site.FullPath(NewReport);
        PreviewRebuilds? rebuilds = null;
        var observer = new WriteAfterParse(() => File.Exists(path) && new FileInfo(path).Length == 0,
            () => File.WriteAllText(path, Report(sentence)), () => rebuilds?.HasPending == true);
        var preview = new PreviewSite(_site.Root, TestSite.ThemeFolder, clock: TestClock.Provider, observer: observer);
        Assert.True(preview.Rebuild().SiteChanged);
        using (rebuilds = Start(preview))
        {
            // decap-server's fs.writeFile: the file is created (empty), then written.
            File.WriteAllBytes(path, []);

            var page = PageOnceItHas(preview, "test-county/progress/2025/index.html", sentence);
            Assert.True(observer.Written == 1, "no rebuild read the report empty: " + string.Join("; ", _log));
            Assert.True(page.Contains(sentence, StringComparison.Ordinal), "the preview does not show the written report: " + string.Join("; ", _log));
            // The new report is in the table of pages every link resolves against: the home page lists it.
            Assert.Contains("/test-county/progress/2025/", PageOnceItHas(preview, "test-county/index.html", "/test-county/progress/2025/"));
            Assert.DoesNotContain(preview.Diagnostics, d => d.IsError);
        }
    }

    [Fact]
    public void A_new_report_whose_text_lands_after_the_empty_file_was_rebuilt_is_shown_once_written()
    {
        // The two steps further apart than the quiet period: the empty file is rebuilt (MAP007) before the text lands.
        const string sentence = "A seventh partner signed the agreement.";
        var path = _site.FullPath(NewReport);
        var preview = new PreviewSite(_site.Root, TestSite.ThemeFolder, clock: TestClock.Provider);
        Assert.True(preview.Rebuild().SiteChanged);
        using var rebuilds = Start(preview);
        using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
        {
            Assert.True(_told.TryTake(out var empty, TimeSpan.FromSeconds(20)), "the empty file was not rebuilt");
            Assert.False(empty.SiteChanged);
            Assert.Equal("MAP007", Assert.Single(empty.Result.Diagnostics, d => d.IsError).Code);
            file.Write(Encoding.UTF8.GetBytes(Report(sentence)));
        }

        Assert.Contains(sentence, PageOnceItHas(preview, "test-county/progress/2025/index.html", sentence));
        Assert.DoesNotContain(preview.Diagnostics, d => d.IsError);
    }

    [Fact]
    public void A_rebuild_that_fails_is_tried_again_without_waiting_for_another_change()
    {
        const string sentence = "The first year of the plan, edited once.";
        var preview = new PreviewSite(_site.Root, TestSite.ThemeFolder, clock: TestClock.Provider);
        Assert.True(preview.Rebuild().SiteChanged);
        // Every rebuild of a batch of changed files fails (as reading a file still held by the program writing it can); only
        // a rebuild of everything, which serve asks for after a failure, succeeds.
        var failures = 0;
        preview.RebuildStarting = changed =>
        {
            if (changed is null) return;
            Interlocked.Increment(ref failures);
            throw new IOException("The process cannot access the file because it is being used by another process.");
        };
        using var rebuilds = Start(preview, FirstRetry);
        _site.Replace(TestSite.Plan + "/progress/2024.md", "The first year of the plan", sentence);

        var page = PageOnceItHas(preview, "test-county/progress/2024/index.html", sentence);
        Assert.True(page.Contains(sentence, StringComparison.Ordinal), "the failed rebuild was not tried again: " + string.Join("; ", _log));
        Assert.True(Volatile.Read(ref failures) >= 1);
        Assert.Empty(preview.Diagnostics);
    }

    [Fact]
    public void A_rebuild_that_keeps_failing_is_tried_a_few_times_then_waits_for_the_next_change()
    {
        var preview = new PreviewSite(_site.Root, TestSite.ThemeFolder, clock: TestClock.Provider);
        Assert.True(preview.Rebuild().SiteChanged);
        var failures = 0;
        preview.RebuildStarting = _ =>
        {
            Interlocked.Increment(ref failures);
            throw new InvalidOperationException("broken");
        };
        using var rebuilds = Start(preview, FirstRetry);
        _site.Replace(TestSite.Plan + "/progress/2024.md", "The first year of the plan", "Edited.");

        // The edit's rebuild and its retries (25 + 50 + 100 + 200 ms apart), then none until the files change again: a fifth
        // retry would come 400 ms after the last.
        for (var until = DateTime.UtcNow.AddSeconds(20); Volatile.Read(ref failures) < 1 + PreviewRebuilds.Retries && DateTime.UtcNow < until;) Thread.Sleep(20);
        Thread.Sleep(1200);
        Assert.Equal(1 + PreviewRebuilds.Retries, Volatile.Read(ref failures));

        preview.RebuildStarting = null;
        _site.Replace(TestSite.Plan + "/progress/2024.md", "Edited.", "Edited again.");
        Assert.Contains("Edited again.", PageOnceItHas(preview, "test-county/progress/2024/index.html", "Edited again."));
    }
}
