using StaticMap.Core;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Preview;
using StaticMap.Core.Rendering.Templates;
using StaticMap.Core.Writing;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Hostile;

/// <summary>
/// The output guard (Writing/OutputGuard, applied by every build) and faults of the machine while writing: each is its own
/// diagnostic with the path and the system's reason (MAP082 cannot be written, MAP083 refused, MAP084 cache), never
/// MAP099, and after each the previous site is byte for byte what it was, with no temporary folder left.
/// </summary>
public sealed class OutputFaultTests : IDisposable
{
    private readonly string _elsewhere = Path.Combine(Path.GetTempPath(), "staticmap-elsewhere-" + Guid.NewGuid().ToString("N"));

    public OutputFaultTests() => Directory.CreateDirectory(_elsewhere);

    public void Dispose()
    {
        try { Directory.Delete(_elsewhere, recursive: true); }
        catch (IOException) { }
    }

    private static IOException Errno(int errno, string message) => new(message, errno);

    /// <summary>The build fails with one <paramref name="code"/> diagnostic at <paramref name="at"/>; the previous site is intact.</summary>
    private static Diagnostic FailsWith(TestSite site, string code, string at, string? output = null)
    {
        HostileAssert.WritePreviousSite(site.Output);
        var before = HostileAssert.Snapshot(site.Output);
        var result = site.Build(output: output);
        HostileAssert.NoInternalError(result.Diagnostics);
        Assert.False(result.Succeeded);
        Assert.Equal(before, HostileAssert.Snapshot(site.Output));
        HostileAssert.NoTemporaryFolders(site);
        return HostileAssert.Has(result.Diagnostics, code, SourceSpan.File(at));
    }

    // ---- Guard ------------------------------------------------------------------------------------------------------

    [Fact]
    public void An_output_through_a_link_into_plans_is_refused()
    {
        using var site = TestSite.Valid().OnDisk(); // the output folder and its links are on disk
        Directory.CreateSymbolicLink(site.FullPath("link"), site.FullPath("plans"));
        var found = FailsWith(site, "MAP083", "link/site", site.FullPath("link/site"));
        Assert.Equal("will not write the site here: it is inside plans/; choose a folder such as _site", found.Message);
        Assert.False(Directory.Exists(site.FullPath("plans/site")));
        Assert.Empty(Directory.GetDirectories(site.FullPath("plans"), ".site.tmp-*"));
    }

    [Theory]
    [InlineData("/", "it is the root of the file system; choose a folder such as _site")]
    [InlineData(".", "it contains the repository; choose a folder such as _site")]
    [InlineData("..", "it contains the repository; choose a folder such as _site")]
    [InlineData("input/site", "it is inside input/; choose a folder such as _site")]
    [InlineData("theme/site", "it is inside theme/; choose a folder such as _site")]
    [InlineData("src/site", "it is inside src/; choose a folder such as _site")]
    public void Folders_whose_loss_would_hurt_are_refused(string output, string reason)
    {
        using var site = TestSite.Valid().OnDisk(); // the output folder and its links are on disk
        var path = Path.IsPathRooted(output) ? output : site.FullPath(output);
        Assert.Null(OutputGuard.Check(path, site.Root, out var refusal));
        Assert.Equal(reason, refusal);
        var result = site.Build(output: path);
        Assert.False(result.Succeeded);
        Assert.Equal("MAP083", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void A_folder_holding_a_repository_or_foreign_files_is_refused()
    {
        using var site = TestSite.Valid().OnDisk(); // the output folder and its links are on disk
        Directory.CreateDirectory(Path.Combine(_elsewhere, "repo", "plans"));
        File.WriteAllText(Path.Combine(_elsewhere, "repo", OutputFolder.MarkerFile), "forged");
        Assert.Null(OutputGuard.Check(Path.Combine(_elsewhere, "repo"), site.Root, out var refusal));
        Assert.StartsWith("it holds a repository (plans/ or .git/)", refusal);
        site.Write("precious/notes.txt", "keep me");
        Assert.Null(OutputGuard.Check(site.FullPath("precious"), site.Root, out refusal));
        Assert.StartsWith("it already holds files that StaticMap did not write", refusal);
        Assert.Equal("keep me", site.Read("precious/notes.txt"));
    }

    [Fact]
    public void A_theme_folder_outside_the_repository_is_refused_as_output()
    {
        using var site = TestSite.Valid().OnDisk(); // the output folder and its links are on disk
        var theme = Path.Combine(_elsewhere, "theme");
        Directory.CreateDirectory(theme);
        Assert.Null(OutputGuard.Check(Path.Combine(theme, "site"), site.Root, out var refusal, theme));
        Assert.Equal("it is the theme folder, inside it, or holds it; choose a folder such as _site", refusal);
        Assert.Null(OutputGuard.Check(_elsewhere, site.Root, out _, theme));
        Assert.NotNull(OutputGuard.Check(Path.Combine(_elsewhere, "site"), site.Root, out _, theme));
    }

    [Fact]
    public void A_linked_output_folder_is_followed_and_the_link_kept()
    {
        using var site = TestSite.Valid().OnDisk(); // the output folder and its links are on disk
        var real = Path.Combine(_elsewhere, "site");
        HostileAssert.WritePreviousSite(real);
        Directory.CreateSymbolicLink(site.Output, real);
        var result = HostileAssert.BuildSucceedsSafely(site);
        Assert.NotNull(new DirectoryInfo(site.Output).LinkTarget);
        Assert.True(File.Exists(Path.Combine(real, OutputFolder.MarkerFile)));
        Assert.True(File.Exists(Path.Combine(real, "test-county", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(real, "earlier")));
        Assert.Contains($"output: _site is a symbolic link; it was followed and the site written into {real} (the link is kept)", result.Notes);
        Assert.Empty(Directory.GetDirectories(_elsewhere, ".site.*"));
    }

    [Fact]
    public void A_dangling_output_link_is_refused()
    {
        using var site = TestSite.Valid().OnDisk(); // the output folder and its links are on disk
        var missing = Path.Combine(_elsewhere, "missing");
        Directory.CreateSymbolicLink(site.Output, missing);
        var result = site.Build();
        HostileAssert.NoInternalError(result.Diagnostics);
        var found = HostileAssert.Has(result.Diagnostics, "MAP083", SourceSpan.File("_site"));
        Assert.Equal($"will not write the site here: it is a symbolic link to {missing}, which does not exist; create that folder or remove the link", found.Message);
        Assert.False(Directory.Exists(missing));
        Assert.NotNull(new FileInfo(site.Output).LinkTarget);
    }

    [Fact]
    public void An_output_that_is_a_file_is_refused()
    {
        using var site = TestSite.Valid().OnDisk(); // the output folder and its links are on disk
        site.Write("_site", "a file");
        var result = site.Build();
        var found = HostileAssert.Has(result.Diagnostics, "MAP083", SourceSpan.File("_site"));
        Assert.Equal("will not write the site here: it is a regular file, not a folder; remove it or choose another --output", found.Message);
        Assert.Equal("a file", site.Read("_site"));
    }

    [Fact]
    public void An_output_whose_parent_is_a_file_is_refused()
    {
        using var site = TestSite.Valid().OnDisk(); // the output folder and its links are on disk
        site.Write("notes", "a file");
        var result = site.Build(output: site.FullPath("notes/site"));
        HostileAssert.NoInternalError(result.Diagnostics);
        var found = HostileAssert.Has(result.Diagnostics, "MAP083", SourceSpan.File("notes/site"));
        Assert.Equal($"will not write the site here: {site.FullPath("notes")} is a file, not a folder, so nothing can be written below it", found.Message);
        Assert.Equal("a file", site.Read("notes"));
    }

    [Fact]
    public void Stale_temporary_folders_of_interrupted_builds_are_removed_and_nothing_else()
    {
        using var site = TestSite.Valid().OnDisk(); // the output folder and its links are on disk
        string Folder(string name, bool marker, bool old)
        {
            var path = site.FullPath(name);
            Directory.CreateDirectory(path);
            File.WriteAllText(Path.Combine(path, "index.html"), "half");
            if (marker) File.WriteAllText(Path.Combine(path, OutputFolder.MarkerFile), "marker");
            if (old) Directory.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddDays(-1));
            return path;
        }
        var id = Guid.NewGuid().ToString("N");
        var stale = Folder($"._site.tmp-{id}", marker: true, old: true);
        var staleOld = Folder($"._site.old-{Guid.NewGuid():N}", marker: true, old: true);
        var foreign = Folder($"._site.tmp-{Guid.NewGuid():N}", marker: false, old: true);
        var recent = Folder($"._site.tmp-{Guid.NewGuid():N}", marker: true, old: false);
        var odd = Folder("._site.tmp-not-a-guid", marker: true, old: true);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.False(Directory.Exists(stale));
        Assert.False(Directory.Exists(staleOld));
        Assert.True(Directory.Exists(foreign));
        Assert.True(Directory.Exists(recent));
        Assert.True(Directory.Exists(odd));
    }

    [Fact]
    public void The_gitignore_covers_temporary_folders()
    {
        var gitignore = File.ReadAllLines(Path.Combine(Repository.Root, ".gitignore"));
        Assert.Contains("._site.tmp-*/", gitignore);
        Assert.Contains("._site.old-*/", gitignore);
    }

    // ---- Faults of the machine ----------------------------------------------------------------------------------------

    [Fact]
    public void A_full_disk_while_writing_pages_is_MAP082_and_leaves_the_previous_site()
    {
        using var site = TestSite.Valid().OnDisk(); // the output folder and its links are on disk
        Diagnostic found;
        using (WriteFaults.Inject(path => path.EndsWith("index.html", StringComparison.Ordinal) ? Errno(28, $"No space left on device : '{path}'") : null))
            found = FailsWith(site, "MAP082", "_site");
        Assert.StartsWith("the site cannot be written: the disk is full (No space left on device), at ", found.Message);
        Assert.EndsWith("; nothing was changed, the previous site is as it was", found.Message);
    }

    [Fact]
    public void A_full_disk_everywhere_with_no_previous_site_says_the_disk_is_full_not_the_network()
    {
        using var site = TestSite.Valid().OnDisk(); // the output folder and its links are on disk
        BuildResult result;
        using (WriteFaults.Inject(path => Errno(28, $"No space left on device : '{path}'")))
            result = site.Build();
        HostileAssert.NoInternalError(result.Diagnostics);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "MAP081");
        var found = Assert.Single(result.Diagnostics, d => d.Code == "MAP082");
        Assert.Contains("the disk is full (No space left on device)", found.Message);
        Assert.False(Directory.Exists(site.Output));
        HostileAssert.NoTemporaryFolders(site);
    }

    [Theory]
    [InlineData(30, "Read-only file system", "the file system is read-only (Read-only file system)")]
    [InlineData(20, "Not a directory", "a part of the path is a file, not a folder (Not a directory)")]
    [InlineData(122, "Disk quota exceeded", "the disk quota is used up (Disk quota exceeded)")]
    public void Other_write_faults_say_what_the_system_said(int errno, string system, string reason)
    {
        using var site = TestSite.Valid().OnDisk(); // the output folder and its links are on disk
        Diagnostic found;
        using (WriteFaults.Inject(path => path.Contains("/static/", StringComparison.Ordinal) ? Errno(errno, $"{system} : '{path}'") : null))
            found = FailsWith(site, "MAP082", "_site");
        Assert.StartsWith($"the site cannot be written: {reason}, at ", found.Message);
    }

    [Fact]
    public void Permission_denied_is_MAP082()
    {
        using var site = TestSite.Valid().OnDisk(); // the output folder and its links are on disk
        Diagnostic found;
        using (WriteFaults.Inject(path => path.EndsWith(".json", StringComparison.Ordinal) ? new UnauthorizedAccessException($"Access to the path '{path}' is denied.") : null))
            found = FailsWith(site, "MAP082", "_site");
        Assert.StartsWith("the site cannot be written: permission is denied (Access to the path", found.Message);
    }

    [Fact]
    public void A_failed_swap_puts_the_previous_site_back()
    {
        using var site = TestSite.Valid().OnDisk(); // the output folder and its links are on disk
        var final = site.Output;
        Diagnostic found;
        // The second rename (temporary folder to _site) fails; the first (the previous site aside) is undone.
        using (WriteFaults.Inject(path => Path.GetFileName(path).StartsWith("._site.tmp-", StringComparison.Ordinal) && Directory.Exists(path)
                   && !Directory.Exists(final) ? Errno(28, "No space left on device") : null))
            found = FailsWith(site, "MAP082", "_site");
        Assert.Contains("the disk is full", found.Message);
    }

    [Fact]
    public void A_cache_that_cannot_be_written_is_a_warning_and_the_library_is_still_used()
    {
        using var site = TestSite.Valid().OnDisk(); // the output folder and its links are on disk
        var cache = Path.Combine(_elsewhere, "cache");
        var libraries = new VendorLibraries(cache, VendorLibraries.FromEnvironment().Registry);
        var diagnostics = new DiagnosticBag();
        var theme = SiteBuilder.LoadTheme(site.Root, TestSite.ThemeFolder, diagnostics)!;
        var output = new MemorySite();
        using (WriteFaults.Inject(path => path.StartsWith(cache, StringComparison.Ordinal) ? Errno(28, $"No space left on device : '{path}'") : null))
            libraries.Restore(theme, output, diagnostics);
        var found = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal("MAP084", found.Code);
        Assert.False(found.IsError);
        Assert.Equal($"the download cache {cache} cannot be written: the disk is full (No space left on device); the library was downloaded and used without caching it", found.Message);
        Assert.Contains(output.Paths, p => p.StartsWith("static/vendor/", StringComparison.Ordinal));
        Assert.Empty(Directory.Exists(cache) ? Directory.GetFiles(cache, "*", SearchOption.AllDirectories) : []);
    }

    [SkippableFact]
    public void The_systems_own_full_disk_error_maps_to_a_plain_reason()
    {
        MissingTool.Require(File.Exists("/dev/full"), "This system has no /dev/full device, which gives the system's own 'disk full' error (Linux has it).");
        var ex = Assert.ThrowsAny<IOException>(() => File.WriteAllBytes("/dev/full", [1, 2, 3]));
        Assert.Equal(SystemErrors.ENOSPC, SystemErrors.Errno(ex));
        Assert.Equal("the disk is full (No space left on device)", SystemErrors.Reason(ex));
    }
}
