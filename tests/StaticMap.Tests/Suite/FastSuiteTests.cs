using System.Text.RegularExpressions;
using StaticMap.Core.Reading;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Suite;

/// <summary>
/// The inner loop, <c>dotnet test --filter "Category!=Slow"</c>, stays fast: a test that starts a process (the staticmap
/// command, git, Chromium, a tool) carries <c>[Trait("Category", "Slow")]</c>, on itself or its class, and a test site
/// lives in memory until a test asks for it on disk.
/// </summary>
public sealed partial class FastSuiteTests
{
    /// <summary>What starts a process in a test file: the command as a process, a program run to its end, Process.Start.</summary>
    [GeneratedRegex(@"\bStaticMapProcess\.|\bProcessRunner\.Run\(|\bProcess\.Start\(|\bnew (System\.Diagnostics\.)?ProcessStartInfo\(")]
    private static partial Regex StartsAProcess();

    /// <summary>A file that imports the command's or the runner's Run (<c>using static</c>), whose bare <c>Run(</c> starts a process.</summary>
    [GeneratedRegex(@"^using static StaticMap\.Tests\.Support\.(StaticMapProcess|ProcessRunner);", RegexOptions.Multiline)]
    private static partial Regex ImportsRun();

    [GeneratedRegex(@"(?<![\w.])Run\(")]
    private static partial Regex BareRun();

    [GeneratedRegex(@"^\s*\[(Fact|Theory|SkippableFact|SkippableTheory|Property)\b", RegexOptions.Multiline)]
    private static partial Regex TestAttribute();

    private const string Slow = "[Trait(\"Category\", \"Slow\")]";

    [Fact]
    public void Every_test_that_starts_a_process_is_Slow()
    {
        var offences = new List<string>();
        foreach (var project in new[] { "StaticMap.Tests", "StaticMap.BrowserTests" })
        {
            var folder = Path.Combine(Repository.Root, "tests", project);
            foreach (var path in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(Path.Combine(Repository.Root, "tests"), path).Replace(Path.DirectorySeparatorChar, '/');
                if (relative.Contains("/obj/", StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal)) continue;
                if (relative == "StaticMap.Tests/Suite/FastSuiteTests.cs") continue; // its own example below
                offences.AddRange(Offences(relative, File.ReadAllText(path)));
            }
        }
        Assert.True(offences.Count == 0,
            "These tests start a process but are in the fast suite; mark them [Trait(\"Category\", \"Slow\")] (or the class), " +
            "or test the same thing in memory:\n" + string.Join('\n', offences));
    }

    [Fact]
    public void The_scan_finds_a_process_started_directly_or_through_a_helper_and_accepts_the_trait()
    {
        const string file = """
            public class Direct
            {
                [Fact]
                public void Runs() { var (code, _, _) = StaticMapProcess.Run("check"); }

                [Fact]
                public void Checks() => Assert.Empty(TestSite.Valid().Check());

                [Fact]
                public void Helps() => Git("init");

                private static void Git(params string[] args) => ProcessRunner.Run(new ProcessStartInfo("git"), Limit, "git");
            }

            [Trait("Category", "Slow")]
            public class Marked
            {
                [Fact]
                public void Runs() { StaticMapProcess.Run("build"); }
            }

            public class MarkedMethod
            {
                [Trait("Category", "Slow")]
                [Fact]
                public void Runs() { StaticMapProcess.Run("build"); }
            }
            """;
        Assert.Equal(["t.cs(4): Direct.Runs", "t.cs(10): Direct.Helps"], Offences("t.cs", file));
    }

    [Fact]
    public void The_scan_finds_a_process_started_through_an_imported_Run()
    {
        const string file = """
            using static StaticMap.Tests.Support.StaticMapProcess;

            public class Imported
            {
                [Fact]
                public void Runs() { var (code, _, _) = Run("check", "--release"); }

                [Fact]
                public void Checks() => Assert.Empty(site.Rules.Run(plan));
            }
            """;
        Assert.Equal(["u.cs(6): Imported.Runs"], Offences("u.cs", file));
        Assert.Empty(Offences("v.cs", file.Replace("using static StaticMap.Tests.Support.StaticMapProcess;", "")));
    }

    /// <summary>The test methods of <paramref name="text"/> that start a process, directly or through a method of the same
    /// file, and carry no Slow trait, on themselves or their class.</summary>
    private static List<string> Offences(string relative, string text)
    {
        var methods = Methods(text);
        var importsRun = ImportsRun().IsMatch(text);
        var starters = methods.Where(m => StartsAProcess().IsMatch(m.Body) || importsRun && BareRun().IsMatch(m.Body))
            .Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        // A helper that calls a helper that starts one: follow the calls until nothing is added.
        for (var added = true; added;)
        {
            added = false;
            foreach (var m in methods)
                if (!starters.Contains(m.Name) && starters.Any(s => Regex.IsMatch(m.Body, $@"\b{Regex.Escape(s)}\(")))
                    added = starters.Add(m.Name);
        }
        return methods
            .Where(m => m.IsTest && !m.Slow && starters.Contains(m.Name))
            .Select(m => $"{relative}({m.Line}): {m.Class}.{m.Name}")
            .ToList();
    }

    private sealed record Method(string Class, string Name, int Line, string Body, bool IsTest, bool Slow);

    [GeneratedRegex(@"^(?<indent>\s*)(public|private|internal|protected)[^\n;=]*?\b(class|record|struct)\s+(?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"^\s*(public|private|internal|protected)\s+(static\s+)?(async\s+)?[\w<>\[\]\(\),\s\?\.]+?\s+(?<name>\w+)\s*\((?=[^\n]*\)\s*(=>|\{|$))", RegexOptions.Multiline)]
    private static partial Regex MethodDeclaration();

    /// <summary>The methods of a C# file with their bodies (up to the next method or type), test attributes and traits.</summary>
    private static List<Method> Methods(string text)
    {
        var types = TypeDeclaration().Matches(text).Select(t => (t.Index, Name: t.Groups["name"].Value, Slow: Attributes(text, t.Index).Contains(Slow))).ToList();
        var declarations = MethodDeclaration().Matches(text).Where(m => !types.Any(t => t.Index == m.Index)).ToList();
        var starts = declarations.Select(d => d.Index).Concat(types.Select(t => t.Index)).Order().ToList();
        var methods = new List<Method>();
        foreach (var d in declarations)
        {
            var end = starts.FirstOrDefault(s => s > d.Index, text.Length);
            var owner = types.LastOrDefault(t => t.Index < d.Index);
            var attributes = Attributes(text, d.Index);
            methods.Add(new Method(owner.Name ?? "", d.Groups["name"].Value, 1 + text.AsSpan(0, d.Index).Count('\n'),
                text[d.Index..end], TestAttribute().IsMatch(attributes), attributes.Contains(Slow) || owner.Slow));
        }
        return methods;
    }

    /// <summary>The attribute lines (and doc comments) right above a declaration.</summary>
    private static string Attributes(string text, int declaration)
    {
        var lines = text[..declaration].TrimEnd('\n', '\r', ' ').Split('\n');
        var above = new List<string>();
        for (var i = lines.Length - 1; i >= 0; i--)
        {
            var line = lines[i].Trim();
            if (!(line.StartsWith('[') || line.StartsWith("///", StringComparison.Ordinal))) break;
            above.Add(line);
        }
        return string.Join('\n', above);
    }

    // ---- The test site in memory ---------------------------------------------------------------------------------------

    [Fact]
    public void A_test_site_is_checked_in_memory_and_written_to_disk_only_when_a_test_asks_for_a_path()
    {
        using var site = TestSite.Valid();
        Assert.True(site.InMemory);
        Assert.Empty(site.Check());
        Assert.False(Directory.Exists(site.ReadRoot), "checking a site in memory wrote it to disk");

        // An edit is read by the next check, at the same root.
        site.Replace(TestSite.Plan + "/plan.yml", "state: CA", "state: California");
        var at = site.PositionOf(TestSite.Plan + "/plan.yml", "California");
        var found = Assert.Single(site.Check());
        Assert.Equal(("MAP017", at), (found.Code, found.Span));

        // Asking for the folder writes the same files there; from then on the site is on disk, edits included.
        var root = site.Root;
        Assert.False(site.InMemory);
        Assert.Equal(root, site.ReadRoot);
        Assert.Equal(site.Read(TestSite.Plan + "/plan.yml"), File.ReadAllText(Path.Combine(root, "plans", "test-county", "plan.yml")));
        found = Assert.Single(site.Check());
        Assert.Equal(("MAP017", at), (found.Code, found.Span));
        site.Replace(TestSite.Plan + "/plan.yml", "state: California", "state: CA");
        Assert.Empty(site.Check());
    }

    [Fact]
    public void A_test_site_in_memory_deletes_and_copies_folders_as_the_disk_does()
    {
        using var memory = TestSite.Valid().CopyFolder(TestSite.Plan, "plans/other-county").Delete(TestSite.Plan + "/progress");
        using var disk = TestSite.Valid().OnDisk().CopyFolder(TestSite.Plan, "plans/other-county").Delete(TestSite.Plan + "/progress");
        Assert.True(memory.InMemory);
        Assert.Equal(disk.Files(), memory.Files());
        Assert.Contains("plans/other-county/plan.yml", memory.Files("plans"));
        Assert.DoesNotContain(memory.Files(), f => f.StartsWith(TestSite.Plan + "/progress/", StringComparison.Ordinal));
        Assert.Equal(disk.Check().Select(d => d.ToString()), memory.Check().Select(d => d.ToString()));
    }

    [Fact]
    public void A_repository_mounted_again_at_its_root_replaces_the_first_and_outlives_its_disposal()
    {
        var root = Path.Combine(Path.GetTempPath(), "staticmap-mount-" + Guid.NewGuid().ToString("N"));
        var first = MemoryRepository.Mount(new Dictionary<string, byte[]> { ["input/a.md"] = [1] }, root);
        using var second = MemoryRepository.Mount(new Dictionary<string, byte[]> { ["input/b.md"] = [2] }, root);
        first.Dispose();
        var files = new RepositoryFiles(root);
        Assert.Equal([Path.Combine(root, "input", "b.md")], files.Files(Path.Combine(root, "input")));
        Assert.False(Directory.Exists(root));
    }
}
