using System.Diagnostics;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using StaticMap.Core;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Preview;
using StaticMap.Core.Reading;
using StaticMap.Core.Rendering;
using StaticMap.Tests.Support;
using static StaticMap.Tests.Support.TestSite;

namespace StaticMap.Tests.Hostile;

/// <summary>
/// The file-access layer (Reading/RepositoryFiles) for every folder StaticMap reads: plans/, input/ (pages, assets, data),
/// theme/ (layouts, partials, static, libman.json) and a theme outside the repository. A symbolic link out of its root is
/// MAP066 at the link and nothing from outside reaches a diagnostic or the site; a link to a regular file inside works as
/// before. Named pipes and sockets are MAP067 at once: the build returns within seconds (a regression fails on the timeout
/// instead of hanging the run), and the previous site is left byte for byte.
/// </summary>
public sealed class FileAccessTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);
    private readonly OutsideFolder _outside = new();

    public FileAccessTests()
    {
        var canary = _outside.Canary;
        _outside.Write("secret.txt", canary)
            .Write("secret.sbn-html", $"<p>{canary}</p>")
            .Write("libman.json", $"{{ \"version\": \"1.0\", \"libraries\": [], \"x\": \"{canary}\" }}")
            .Write("secret.csv", $"year,value\n2021,1\n# {canary}\n");
    }

    public void Dispose() => _outside.Dispose();

    // ---- Links out of the repository, per folder ---------------------------------------------------------------------

    [Fact]
    public void A_theme_layout_linked_outside()
    {
        using var site = Valid().WithOwnTheme();
        site.Link("theme/layouts/page.sbn-html", _outside.Path("secret.sbn-html"));
        _outside.FailsAtLinkWithoutReading(site, "theme/layouts/page.sbn-html");
    }

    [Fact]
    public void A_theme_partial_linked_outside()
    {
        using var site = Valid().WithOwnTheme();
        site.Link("theme/partials/plan-card.sbn-html", _outside.Path("secret.sbn-html"));
        _outside.FailsAtLinkWithoutReading(site, "theme/partials/plan-card.sbn-html");
    }

    [Fact]
    public void A_theme_static_file_linked_to_the_environment()
    {
        using var site = Valid().WithOwnTheme();
        site.Link("theme/static/env.txt", "/proc/self/environ");
        _outside.FailsAtLinkWithoutReading(site, "theme/static/env.txt");
        Assert.False(File.Exists(Path.Combine(site.Output, "static", "env.txt")));
    }

    [Fact]
    public void A_theme_static_file_linked_outside()
    {
        using var site = Valid().WithOwnTheme();
        site.Link("theme/static/css/secret.css", _outside.Path("secret.txt"));
        _outside.FailsAtLinkWithoutReading(site, "theme/static/css/secret.css");
    }

    [Fact]
    public void The_libman_json_linked_outside()
    {
        using var site = Valid().WithOwnTheme();
        site.Link("theme/libman.json", _outside.Path("libman.json"));
        _outside.FailsAtLinkWithoutReading(site, "theme/libman.json");
    }

    [Fact]
    public void A_nested_input_data_file_linked_outside()
    {
        using var site = Valid();
        site.Link("input/data/more/secret.csv", _outside.Path("secret.csv"));
        _outside.FailsAtLinkWithoutReading(site, "input/data/more/secret.csv");
    }

    [Fact]
    public void The_theme_folder_linked_outside_is_refused_not_replaced_by_the_default_theme()
    {
        using var site = Valid();
        var theme = _outside.Path("theme");
        using (var copy = Valid().WithOwnTheme()) CopyTree(copy.FullPath("theme"), theme);
        File.WriteAllText(Path.Combine(theme, "partials", "plan-card.sbn-html"), $"<p>{_outside.Canary}</p>");
        Directory.CreateSymbolicLink(site.FullPath("theme"), theme);
        site.Theme = null;
        _outside.FailsAtLinkWithoutReading(site, "theme");
    }

    [Fact]
    public void A_theme_outside_the_repository_is_its_own_root()
    {
        using var site = Valid();
        var theme = _outside.Path("theme");
        using (var copy = Valid().WithOwnTheme()) CopyTree(copy.FullPath("theme"), theme);
        File.Delete(Path.Combine(theme, "partials", "plan-card.sbn-html"));
        File.CreateSymbolicLink(Path.Combine(theme, "partials", "plan-card.sbn-html"), _outside.Path("secret.sbn-html"));
        site.Theme = theme;
        var result = site.Build();
        Assert.False(result.Succeeded);
        var link = result.Diagnostics.Single(d => d.Code == "MAP066");
        Assert.Equal(theme + "/partials/plan-card.sbn-html", link.Span.Path);
        Assert.Equal("this is a symbolic link to a file outside the theme folder, which StaticMap does not read; copy the file into the theme folder instead", link.Message);
        _outside.NotRead(site, result.Diagnostics);
    }

    // ---- Links inside the repository work as before ------------------------------------------------------------------

    [Fact]
    public void Links_inside_the_repository_work_in_every_folder()
    {
        using var site = Valid().WithOwnTheme();
        File.Move(site.FullPath("theme/partials/plan-card.sbn-html"), site.FullPath("theme/card.sbn-html"));
        site.Link("theme/partials/plan-card.sbn-html", "../card.sbn-html");
        File.Move(site.FullPath("theme/layouts/page.sbn-html"), site.FullPath("theme/page-layout.sbn-html"));
        site.Link("theme/layouts/page.sbn-html", "../page-layout.sbn-html");
        site.Link("theme/static/css/copy.css", "site.css");
        File.Move(site.FullPath("theme/libman.json"), site.FullPath("theme/libman-real.json"));
        site.Link("theme/libman.json", "libman-real.json");
        File.Move(site.FullPath("input/accessibility.md"), site.FullPath("accessibility-source.md"));
        site.Link("input/accessibility.md", "../accessibility-source.md");
        site.Write("input/assets/logo.txt", "logo");
        site.Link("input/assets/logo-copy.txt", "logo.txt");
        var data = Directory.GetFiles(site.FullPath("input/data"), "*.csv").Order(StringComparer.Ordinal).First();
        Directory.CreateDirectory(site.FullPath("input/data/nested"));
        File.Move(data, site.FullPath("input/data/nested/" + Path.GetFileName(data)));
        site.Link("input/data/" + Path.GetFileName(data), "nested/" + Path.GetFileName(data));

        var result = HostileAssert.BuildSucceedsSafely(site);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "MAP066" or "MAP067");
        Assert.Equal(File.ReadAllText(site.FullPath("theme/static/css/site.css")), File.ReadAllText(Path.Combine(site.Output, "static", "css", "copy.css")));
        Assert.Equal("logo", File.ReadAllText(Path.Combine(site.Output, "assets", "logo-copy.txt")));
        Assert.True(File.Exists(Path.Combine(site.Output, "accessibility", "index.html")));
    }

    [Fact]
    public void Input_data_is_read_at_any_depth_skipping_hidden_folders()
    {
        using var site = Valid();
        var layout = RepositoryScanner.Scan(site.Root, new DiagnosticBag());
        var first = layout.InputDataFiles.First();
        site.Write("input/data/a/b/deep.csv", site.Read(first));
        site.Write("input/data/.hidden/skipped.csv", site.Read(first));
        var rescanned = RepositoryScanner.Scan(site.Root, new DiagnosticBag());
        Assert.Contains("input/data/a/b/deep.csv", rescanned.InputDataFiles);
        Assert.DoesNotContain(rescanned.InputDataFiles, f => f.Contains(".hidden", StringComparison.Ordinal));
    }

    // ---- Named pipes, sockets and devices ------------------------------------------------------------------------------

    private static void MakeFifo(TestSite site, string relative)
    {
        var path = site.FullPath(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (File.Exists(path)) File.Delete(path);
        Assert.True(mkfifo(path, 0b110_100_100) == 0, $"mkfifo() failed: errno {Marshal.GetLastPInvokeError()}");
        Assert.Equal(FileKind.Fifo, FileKinds.Of(path));
    }

    // The C library's mkfifo(3), rather than a process running mkfifo(1): the fast suite starts no process.
    [DllImport("libc", SetLastError = true)]
    private static extern int mkfifo(string path, uint mode);

    /// <summary>The build fails with MAP067 at <paramref name="path"/>, within the time limit, leaving the previous site.</summary>
    private static Diagnostic FailsFast(TestSite site, string path)
    {
        IReadOnlyList<Diagnostic>? diagnostics = null;
        var build = Task.Run(() => diagnostics = HostileAssert.BuildFails(site));
        Assert.True(build.Wait(Limit), $"the build did not return within {Limit.TotalSeconds} s: it is waiting on {path}");
        var found = HostileAssert.Has(diagnostics!, "MAP067", SourceSpan.File(path));
        Assert.StartsWith("the file cannot be read: it is a named pipe (FIFO), not a regular file", found.Message);
        return found;
    }

    [Theory]
    [InlineData(Plan + "/notes.md")]
    [InlineData(Plan + "/plan.yml")]
    [InlineData(Plan + "/assets/f.pdf")]
    [InlineData(Plan + "/data/f.csv")]
    [InlineData(Plan + "/progress/2030.md")]
    [InlineData("input/extra.md")]
    [InlineData("input/assets/f.pdf")]
    [InlineData("input/data/f.csv")]
    [InlineData("input/data/nested/f.csv")]
    public void A_named_pipe_in_the_repository_is_refused_at_once(string path)
    {
        using var site = Valid();
        MakeFifo(site, path);
        FailsFast(site, path);
    }

    [Theory]
    [InlineData("theme/layouts/page.sbn-html")]
    [InlineData("theme/partials/plan-card.sbn-html")]
    [InlineData("theme/static/f.txt")]
    [InlineData("theme/libman.json")]
    public void A_named_pipe_in_the_theme_is_refused_at_once(string path)
    {
        using var site = Valid().WithOwnTheme();
        MakeFifo(site, path);
        FailsFast(site, path);
    }

    [Fact]
    public void A_link_to_a_named_pipe_inside_the_repository_is_refused_at_the_link()
    {
        using var site = Valid();
        MakeFifo(site, "pipe");
        site.Link(Plan + "/assets/f.pdf", "../../../pipe");
        FailsFast(site, Plan + "/assets/f.pdf");
    }

    [Fact]
    public void A_socket_in_assets_is_refused()
    {
        using var site = Valid();
        var path = site.FullPath(Plan + "/assets/s.pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        var diagnostics = HostileAssert.BuildFails(site);
        var found = HostileAssert.Has(diagnostics, "MAP067", SourceSpan.File(Plan + "/assets/s.pdf"));
        Assert.StartsWith("the file cannot be read: it is a socket, not a regular file", found.Message);
    }

    [Fact]
    public void The_preview_reports_a_named_pipe_and_keeps_serving()
    {
        using var site = Valid();
        var preview = new PreviewSite(site.Root, ThemeFolder, clock: TestClock.Provider);
        Assert.True(preview.Rebuild().SiteChanged);
        var served = preview.Site;
        MakeFifo(site, Plan + "/assets/f.pdf");
        var update = Within(() => preview.Rebuild([Plan + "/assets/f.pdf"]), "the preview's rebuild is waiting on a named pipe");
        Assert.False(update.SiteChanged);
        Assert.Contains(update.Result.Diagnostics, d => d.Code == "MAP067" && d.Span.Path == Plan + "/assets/f.pdf");
        Assert.Same(served, preview.Site);

        File.Delete(site.FullPath(Plan + "/assets/f.pdf"));
        var after = preview.Rebuild([Plan + "/assets/f.pdf"]);
        Assert.True(after.SiteChanged, string.Join("\n", after.Result.Diagnostics));
    }

    [Fact]
    public void The_layer_refuses_special_files_without_opening_them()
    {
        using var site = Valid();
        MakeFifo(site, "input/pipe.md");
        var diagnostics = new DiagnosticBag();
        var files = new RepositoryFiles(site.Root, diagnostics);
        Assert.Null(Within(() => files.Open(site.FullPath("input/pipe.md")), "opening a named pipe is waiting for a writer"));
        Assert.False(files.IsFile(site.FullPath("input/pipe.md")));
        Assert.Equal("MAP067", Assert.Single(diagnostics.ToSortedList()).Code);
        Assert.Equal(FileKind.CharacterDevice, FileKinds.Target("/dev/null"));
        Assert.Equal(FileKind.Folder, FileKinds.Of(site.Root));
        Assert.Equal(FileKind.Regular, FileKinds.Of(site.FullPath(Plan + "/plan.yml")));
        Assert.Equal(FileKind.Missing, FileKinds.Of(site.FullPath("nothing-here")));
    }

    /// <summary>Runs <paramref name="action"/> and fails, instead of hanging, when it does not return within the limit.</summary>
    private static T Within<T>(Func<T> action, string hang)
    {
        var task = Task.Run(action);
        Assert.True(task.Wait(Limit), hang);
        return task.Result;
    }
}
