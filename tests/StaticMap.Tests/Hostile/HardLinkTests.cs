using System.Runtime.InteropServices;
using StaticMap.Tests.Support;
using static StaticMap.Tests.Support.TestSite;

namespace StaticMap.Tests.Hostile;

/// <summary>
/// A hard link cannot be told apart from the file it names, which may be outside the repository (/etc/passwd): a file
/// of plans/ or input/ with more than one hard link is not read or published, MAP066 at the file, in check and build.
/// </summary>
public class HardLinkTests
{
    [DllImport("libc", SetLastError = true)]
    private static extern int link(string oldpath, string newpath);

    private static void HardLink(string target, string linkPath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(linkPath)!);
        Assert.True(link(target, linkPath) == 0, $"link() failed: errno {Marshal.GetLastPInvokeError()}");
    }

    [Fact]
    public void A_hard_link_in_assets_to_a_file_outside_is_refused_and_not_published()
    {
        Assert.True(OperatingSystem.IsLinux(), "hard-link counts are read with statx(), on Linux");
        using var site = Valid();
        using var outside = new OutsideFolder();
        outside.Write("passwd", "root:x:0:0:" + outside.Canary);
        HardLink(outside.Path("passwd"), site.FullPath(Plan + "/assets/passwd.txt"));
        var d = HostileAssert.FailsWith(site, "MAP066", new(Plan + "/assets/passwd.txt", 1, 1));
        Assert.Equal($"this file has 2 hard links (names), so it may be another name for a file outside the repository, which cannot be told; StaticMap does not read it: replace it with a copy (cp {Plan}/assets/passwd.txt {Plan}/assets/passwd.txt.copy && mv {Plan}/assets/passwd.txt.copy {Plan}/assets/passwd.txt)", d.Message);
        HostileAssert.Has(HostileAssert.Check(site), "MAP066", new(Plan + "/assets/passwd.txt", 1, 1));
        outside.NotRead(site, []);
    }

    [Fact]
    public void A_hard_linked_narrative_or_site_page_is_not_read()
    {
        Assert.True(OperatingSystem.IsLinux(), "hard-link counts are read with statx(), on Linux");
        using var site = Valid();
        using var outside = new OutsideFolder();
        File.Copy(site.FullPath("input/accessibility.md"), outside.Path("page.md"));
        site.Delete("input/accessibility.md");
        HardLink(outside.Path("page.md"), site.FullPath("input/accessibility.md"));
        HostileAssert.FailsWith(site, "MAP066", new("input/accessibility.md", 1, 1));
    }

    [Fact]
    public void A_copy_is_published()
    {
        using var site = Valid();
        site.Write(Plan + "/assets/notes.txt", "a copy");
        HostileAssert.BuildSucceedsSafely(site);
        Assert.Equal("a copy", File.ReadAllText(Path.Combine(site.Output, "test-county/assets/notes.txt")));
    }
}
