using System.Text;
using StaticMap.Core.Preview;

namespace StaticMap.Tests.Preview;

/// <summary>The preview's in-memory site: a copy shares folders with its original until it writes into them.</summary>
public class MemorySiteTests
{
    private static string Text(MemorySite site, string path) =>
        site.TryGet(path, out var bytes) ? Encoding.UTF8.GetString(bytes) : "<missing>";

    private static MemorySite Original()
    {
        var site = new MemorySite();
        site.WriteText("index.html", "home");
        site.WriteText("a-county/index.html", "a");
        site.WriteText("a-county/findings/index.html", "a findings");
        site.WriteText("b-county/index.html", "b");
        return site;
    }

    [Fact]
    public void Writing_into_a_copy_leaves_the_original_as_it_was()
    {
        var original = Original();
        var copy = new MemorySite(original);

        copy.WriteText("a-county/index.html", "a, edited");
        copy.WriteText("index.html", "home, edited");
        copy.WriteText("c-county/index.html", "c");

        Assert.Equal("a", Text(original, "a-county/index.html"));
        Assert.Equal("home", Text(original, "index.html"));
        Assert.Equal("<missing>", Text(original, "c-county/index.html"));
        Assert.Equal("a, edited", Text(copy, "a-county/index.html"));
        Assert.Equal("a findings", Text(copy, "a-county/findings/index.html"));
        Assert.Equal("b", Text(copy, "/b-county/index.html"));
        Assert.Equal(5, copy.Count);
        Assert.Equal(4, original.Count);
    }

    [Fact]
    public void Removing_a_folder_from_a_copy_removes_it_there_only()
    {
        var original = Original();
        var copy = new MemorySite(original);

        copy.RemoveFolder("a-county");
        copy.RemoveFolder("no-such-county");

        Assert.Equal("<missing>", Text(copy, "a-county/findings/index.html"));
        Assert.Equal("a findings", Text(original, "a-county/findings/index.html"));
        Assert.Equal(["b-county/index.html", "index.html"], copy.Paths.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Removing_a_nested_folder_keeps_its_siblings()
    {
        var site = Original();
        site.RemoveFolder("a-county/findings/");
        Assert.Equal("<missing>", Text(site, "a-county/findings/index.html"));
        Assert.Equal("a", Text(site, "a-county/index.html"));
    }
}
