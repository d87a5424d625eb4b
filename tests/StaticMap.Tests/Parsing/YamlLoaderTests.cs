using StaticMap.Core.Diagnostics;
using StaticMap.Core.Reading.Yaml;

namespace StaticMap.Tests.Parsing;

public class YamlLoaderTests
{
    /// <summary>A mapping of <paramref name="keys"/> keys, "key1: 1" …, one a line from line 2 (as front matter starts).</summary>
    private static string Keys(int keys) => string.Concat(Enumerable.Range(1, keys).Select(i => $"key{i}: {i}\n"));

    [Theory]
    [InlineData(3)] // a small mapping looks through its entries
    [InlineData(40)] // a large one keeps a set of its keys
    public void A_key_written_twice_is_MAP008_at_the_second_whatever_the_size_of_the_mapping(int keys)
    {
        var bag = new DiagnosticBag();
        var root = YamlLoader.Load(Keys(keys) + "key2: again\n", "plans/x/plan.yml", 2, bag);

        var d = Assert.Single(bag.ToSortedList());
        Assert.Equal("MAP008", d.Code);
        Assert.Equal(new SourceSpan("plans/x/plan.yml", keys + 2, 1), d.Span);
        Assert.Equal("'key2' is written twice in the same mapping; keep one and delete the other", d.Message);
        Assert.Equal(keys + 1, Assert.IsType<YamlMapping>(root).Entries.Length);
    }

    [Fact]
    public void Keys_and_short_values_of_different_files_are_one_string_each_and_keep_their_positions()
    {
        var bag = new DiagnosticBag();
        var a = Assert.IsType<YamlMapping>(YamlLoader.Load("status: not started\n", "a.md", 2, bag));
        var b = Assert.IsType<YamlMapping>(YamlLoader.Load("\nstatus: not started\n", "b.md", 2, bag));

        Assert.Empty(bag.ToSortedList());
        Assert.Same(a.Entries[0].Key.Value, b.Entries[0].Key.Value);
        Assert.Same(((YamlScalar)a.Entries[0].Value).Value, ((YamlScalar)b.Entries[0].Value).Value);
        Assert.Equal(new SourceSpan("b.md", 3, 9), b.Entries[0].Value.Span);
    }
}
