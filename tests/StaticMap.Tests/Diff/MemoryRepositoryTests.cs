using System.Text;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Reading;

namespace StaticMap.Tests.Diff;

/// <summary>
/// A git revision held in memory (<see cref="MemoryRepository"/>), read through the one file-access layer
/// (<see cref="RepositoryFiles"/>) exactly as a folder on disk: the same listing (hidden files left out, sorted), the same
/// refusals of paths outside the root, and nothing on disk.
/// </summary>
public class MemoryRepositoryTests
{
    private static readonly Dictionary<string, byte[]> Files = new()
    {
        ["plans/a/plan.yml"] = Encoding.UTF8.GetBytes("title: A\n"),
        ["plans/a/.hidden.md"] = Encoding.UTF8.GetBytes("hidden"),
        ["plans/a/progress/2024.md"] = Encoding.UTF8.GetBytes("---\nyear: 2024\n---\n"),
        ["plans/b/plan.yml"] = Encoding.UTF8.GetBytes("title: B\n"),
        ["input/data/x.csv"] = Encoding.UTF8.GetBytes("a,b\n1,2\n"),
    };

    [Fact]
    public void Lists_and_reads_as_a_folder_on_disk_and_writes_nothing()
    {
        using var memory = MemoryRepository.Mount(Files);
        var files = new RepositoryFiles(memory.Root);
        string P(string relative) => files.FullPath(relative);

        Assert.False(Directory.Exists(memory.Root));
        Assert.Equal(["plans/a", "plans/b"], files.Folders(P("plans")).Select(files.Relative));
        Assert.Equal(["plans/a/plan.yml"], files.Files(P("plans/a")).Select(files.Relative));
        Assert.Equal(["plans/a/plan.yml", "plans/a/progress/2024.md"], files.FilesRecursive(P("plans/a")).Select(files.Relative));
        Assert.True(files.IsFolder(P("input/data")));
        Assert.False(files.IsFolder(P("input/data/x.csv")));
        Assert.True(files.IsFile(P("input/data/x.csv")));
        Assert.False(files.IsFile(P("input/data")));
        Assert.Equal("title: B\n", files.ReadAllText("plans/b/plan.yml"));
        using (var file = files.Open(P("input/data/x.csv"))!)
        {
            Assert.Equal(8, file.Length);
            using var reader = new StreamReader(file.OpenStream());
            Assert.Equal("a,b\n1,2\n", reader.ReadToEnd());
        }
        Assert.False(Directory.Exists(memory.Root));
    }

    [Fact]
    public void A_missing_file_or_a_path_outside_the_root_is_refused_with_the_layers_diagnostics()
    {
        using var memory = MemoryRepository.Mount(Files);
        var bag = new DiagnosticBag();
        var files = new RepositoryFiles(Path.Combine(memory.Root, "plans"), bag);

        Assert.Null(files.Open(files.FullPath("a/nope.md")));
        Assert.Null(files.Open(Path.Combine(memory.Root, "input", "data", "x.csv")));
        Assert.Empty(files.Folders(Path.Combine(memory.Root, "input")));
        Assert.Equal(["MAP067", "MAP066"], bag.ToSortedList().Select(d => d.Code).OrderByDescending(c => c));
    }

    [Fact]
    public void Once_let_go_the_root_is_an_empty_folder_that_is_not_there()
    {
        string root;
        using (var memory = MemoryRepository.Mount(Files)) root = memory.Root;
        var files = new RepositoryFiles(root);
        Assert.Empty(files.Folders(files.FullPath("plans")));
        Assert.False(files.IsFile(files.FullPath("plans/a/plan.yml")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("/etc/passwd")]
    [InlineData("plans/../x")]
    [InlineData("plans/./x")]
    [InlineData("plans//x")]
    public void A_path_that_cannot_name_a_file_is_refused(string path) =>
        Assert.Throws<ArgumentException>(() => MemoryRepository.Mount(new Dictionary<string, byte[]> { [path] = [] }));

    [Fact]
    public void A_file_and_a_folder_of_the_same_name_are_refused() =>
        Assert.Throws<ArgumentException>(() => MemoryRepository.Mount(new Dictionary<string, byte[]> { ["a"] = [], ["a/b"] = [] }));
}
