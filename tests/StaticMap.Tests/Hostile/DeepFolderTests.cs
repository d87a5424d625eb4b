using StaticMap.Tests.Support;
using static StaticMap.Tests.Support.TestSite;

namespace StaticMap.Tests.Hostile;

/// <summary>
/// StaticMap lists assets/ and input/data/ 12 folders deep; a folder below that is MAP028 at the folder (an error: its
/// files would not be published), never silence.
/// </summary>
public class DeepFolderTests
{
    private static string Folders(int count) => string.Join("/", Enumerable.Range(1, count).Select(i => $"d{i}"));

    [Fact]
    public void A_file_13_folders_deep_in_assets_is_an_error_at_the_folder()
    {
        using var site = Valid();
        site.Write($"{Plan}/assets/{Folders(13)}/map.png", "png");
        var d = HostileAssert.FailsWith(site, "MAP028", new($"{Plan}/assets/{Folders(13)}", 1, 1));
        Assert.Equal($"this folder is more than 12 folders below {Plan}/assets/, deeper than StaticMap reads, so nothing in it would be published; move its files up, at most 12 folders deep", d.Message);
        HostileAssert.Has(HostileAssert.Check(site), "MAP028", new($"{Plan}/assets/{Folders(13)}", 1, 1));
    }

    [Fact]
    public void Input_data_and_input_assets_are_checked_too()
    {
        using var site = Valid();
        site.Write($"input/data/{Folders(14)}/x.csv", "a\n");
        site.Write($"input/assets/{Folders(13)}/y.txt", "y");
        var diagnostics = HostileAssert.BuildFails(site);
        HostileAssert.Has(diagnostics, "MAP028", new($"input/data/{Folders(13)}", 1, 1));
        HostileAssert.Has(diagnostics, "MAP028", new($"input/assets/{Folders(13)}", 1, 1));
    }

    [Fact]
    public void A_file_12_folders_deep_is_published()
    {
        using var site = Valid();
        site.Write($"{Plan}/assets/{Folders(12)}/map.txt", "deep");
        HostileAssert.BuildSucceedsSafely(site);
        Assert.Equal("deep", File.ReadAllText(Path.Combine(site.Output, $"test-county/assets/{Folders(12)}/map.txt")));
    }
}
