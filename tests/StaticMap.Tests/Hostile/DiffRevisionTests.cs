using System.Diagnostics;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Hostile;

/// <summary>
/// <c>staticmap diff &lt;rev&gt;</c> on a revision someone else wrote (<c>git fetch &lt;fork&gt; &amp;&amp; staticmap diff FETCH_HEAD</c>):
/// a tree git itself would refuse (<c>git fsck</c>), made with <c>git mktree</c>, holding a symbolic link and a folder of
/// the same name, so that an unpacker writing the revision to disk writes through its own links, out of its folder. The
/// revision is read into memory: nothing is written at all, and the command either compares or names the bad entry.
/// </summary>
[Trait("Category", "Slow")]
public sealed class DiffRevisionTests : IDisposable
{
    private readonly TestSite _site = TestSite.Valid();
    // The command's temporary folder ($TMPDIR), so whatever it writes there can be seen; the escape lands here.
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "staticmap-diff-tmp-" + Guid.NewGuid().ToString("N"));

    public DiffRevisionTests()
    {
        Directory.CreateDirectory(_temp);
        Git("init", "--quiet", "--initial-branch=main");
        Git("config", "user.name", "Test");
        Git("config", "user.email", "test@example.org");
        Git("config", "commit.gpgsign", "false");
        Git("add", "-A");
        Git("commit", "--quiet", "-m", "The plan");
    }

    public void Dispose()
    {
        _site.Dispose();
        try { Directory.Delete(_temp, recursive: true); }
        catch (IOException) { }
    }

    [Fact]
    public void A_link_and_a_folder_of_the_same_name_write_nothing_anywhere()
    {
        // input/assets/a/b/l -> ..           (and a folder l: its entries land in input/assets/a/)
        // input/assets/a/b/l/m -> ../../../.. (inside the folder as written, but from input/assets/a it is $TMPDIR)
        // input/assets/a/b/l/m/escaped       (written through both links: $TMPDIR/escaped)
        var canary = "canary-" + Guid.NewGuid().ToString("N");
        var escaped = Tree(("100644", "blob", Blob(canary + "\n"), "escaped"));
        var l = Tree(("120000", "blob", Blob("../../../.."), "m"), ("040000", "tree", escaped, "m"));
        var b = Tree(("120000", "blob", Blob(".."), "l"), ("040000", "tree", l, "l"));
        var assets = Tree(("040000", "tree", Tree(("040000", "tree", b, "b")), "a"));
        var commit = Commit(WithInput("assets", assets));

        var (code, output, error) = Diff(commit);

        Assert.Empty(Directory.EnumerateFileSystemEntries(_temp, "*", SearchOption.AllDirectories));
        Assert.DoesNotContain("Unhandled exception", error);
        // The links are not files; the rest of the revision is the working tree's site, so nothing a reader sees changes.
        Assert.True(code == 0, error);
        Assert.Equal($"Compared with {commit} ({commit[..7]}): nothing a reader sees changes", output.Split('\n')[0]);
    }

    [Fact]
    public void A_file_and_a_folder_of_the_same_name_are_named_and_nothing_is_written()
    {
        var inner = Tree(("100644", "blob", Blob("inner\n"), "y"));
        var assets = Tree(("100644", "blob", Blob("file\n"), "x"), ("040000", "tree", inner, "x"));
        var commit = Commit(WithInput("assets", assets));

        var (code, output, error) = Diff(commit);

        Assert.Empty(Directory.EnumerateFileSystemEntries(_temp, "*", SearchOption.AllDirectories));
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal($"staticmap: the tree of '{commit}' ({commit[..7]}) holds an entry no checkout can hold: " +
                     "'input/assets/x' is both a file and a folder; 'git fsck' names the bad objects; compare with another revision",
            error.Trim());
    }

    [SkippableFact]
    public void A_git_that_never_finishes_is_stopped_at_the_deadline_and_named()
    {
        // A stand-in git (a shell script) that hangs, first on PATH; the deadline is 2 seconds.
        Skip.If(OperatingSystem.IsWindows() && Environment.GetEnvironmentVariable("CI") != "true",
            "the stand-in git is a shell script; run this test on Linux or macOS");
        var bin = Path.Combine(_temp, "bin");
        Directory.CreateDirectory(bin);
        var git = Path.Combine(bin, "git");
        File.WriteAllText(git, "#!/bin/sh\nsleep 60\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(git, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var clock = Stopwatch.StartNew();

        var (code, output, error) = StaticMapProcess.Run(new Dictionary<string, string?>
        {
            ["PATH"] = bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH"),
            ["STATICMAP_GIT_DEADLINE"] = "2",
        }, "diff", "HEAD", "--root", _site.Root);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal("staticmap: git rev-parse did not finish in 2 seconds and was stopped; is the repository very large, or on a slow disk? " +
                     "Set STATICMAP_GIT_DEADLINE to more seconds, or build the revision and give its output folder instead", error.Trim());
    }

    private (int Code, string Out, string Error) Diff(string commit) =>
        StaticMapProcess.Run(new Dictionary<string, string?> { ["TMPDIR"] = _temp, ["DOTNET_EnableDiagnostics"] = "0" },
            "diff", commit, "--root", _site.Root, "--format", "text");

    /// <summary>The first commit's tree with input/<paramref name="name"/> replaced by <paramref name="tree"/>, committed.</summary>
    private string WithInput(string name, string tree)
    {
        var input = Git("ls-tree", "HEAD:input").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => !line.EndsWith("\t" + name, StringComparison.Ordinal))
            .Append($"040000 tree {tree}\t{name}");
        var root = Git("ls-tree", "HEAD").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => !line.EndsWith("\tinput", StringComparison.Ordinal))
            .Append($"040000 tree {Piped(string.Join("\n", input) + "\n", "mktree").Trim()}\tinput");
        return Piped(string.Join("\n", root) + "\n", "mktree").Trim();
    }

    private string Commit(string tree) => Git("commit-tree", "-m", "From a fork", "-p", "HEAD", tree).Trim();

    private string Blob(string content) => Piped(content, "hash-object", "-w", "--stdin").Trim();

    /// <summary>A tree object exactly as listed, duplicates included (git mktree does not check them; git fsck would).</summary>
    private string Tree(params (string Mode, string Type, string Id, string Name)[] entries) =>
        Piped(string.Concat(entries.Select(e => $"{e.Mode} {e.Type} {e.Id}\t{e.Name}\n")), "mktree").Trim();

    private string Git(params string[] args) => Piped(null, args);

    /// <summary>git with <paramref name="input"/> on its standard input; its output.</summary>
    private string Piped(string? input, params string[] args)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = _site.Root, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null) process.StandardInput.Write(input);
        process.StandardInput.Close();
        Assert.True(process.WaitForExit(60_000), $"git {string.Join(' ', args)} did not finish in a minute");
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)}: {error.Result}");
        return output.Result;
    }
}
