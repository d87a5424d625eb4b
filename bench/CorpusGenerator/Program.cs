using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace StaticMap.Bench.CorpusGenerator;

/// <summary>
/// Writes a repository of N synthetic Mobility Action Plans that follow the authoring contract
/// (/work/shared/spec/authoring-contract.md), for the build benchmark in bench/run.
/// Each plan has plan.yml, the five components and progress/2024.md and progress/2025.md: seven Markdown files.
/// The same seed always gives the same files.
/// </summary>
public static class Program
{
    private const string Usage =
        "usage: CorpusGenerator --output DIR [--plans N] [--seed S] [--input-from DIR] [--no-sample-plans]\n" +
        "  --output DIR      repository to write (plans/ and input/); replaced if it already holds a corpus\n" +
        "  --plans N         number of plans (default 1000)\n" +
        "  --seed S          random seed (default 2024)\n" +
        "  --input-from DIR  site pages and data/ to copy as input/ (default: the StaticMap repository's input/)\n" +
        "  --no-sample-plans do not copy the repository's own plans/ (input/404.md links to two of them)";

    public static int Main(string[] args)
    {
        string? output = null, inputFrom = null;
        var plans = 1000;
        var seed = 2024;
        var samplePlans = true;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            try
            {
                switch (args[i])
                {
                    case "--output": output = Next(); break;
                    case "--plans": plans = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--seed": seed = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--input-from": inputFrom = Next(); break;
                    case "--no-sample-plans": samplePlans = false; break;
                    case "-h" or "--help": Console.WriteLine(Usage); return 0;
                    default: throw new ArgumentException($"unknown option {args[i]}");
                }
            }
            catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException)
            {
                Console.Error.WriteLine($"CorpusGenerator: {ex.Message}\n{Usage}");
                return 2;
            }
        }
        if (output is null || plans < 1 || plans > 99_999)
        {
            Console.Error.WriteLine($"CorpusGenerator: --output is required and --plans is 1 to 99999\n{Usage}");
            return 2;
        }
        inputFrom ??= FindRepositoryInput();
        if (inputFrom is null || !Directory.Exists(Path.Combine(inputFrom, "data")))
        {
            Console.Error.WriteLine("CorpusGenerator: cannot find the site's input/ folder with data/; pass --input-from DIR");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        output = Path.GetFullPath(output);
        PrepareOutput(output);
        CopyFolder(inputFrom, Path.Combine(output, "input"));
        // The site pages link to the repository's sample plans (input/404.md does), so they come along and keep the
        // corpus valid; their folder names cannot collide with the synthetic-NNNN ones.
        var samples = 0;
        var samplesFrom = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(inputFrom).TrimEnd(Path.DirectorySeparatorChar))!, "plans");
        if (samplePlans && Directory.Exists(samplesFrom))
        {
            foreach (var dir in Directory.EnumerateDirectories(samplesFrom))
            {
                CopyFolder(dir, Path.Combine(output, "plans", Path.GetFileName(dir)));
                samples++;
            }
        }

        var stats = new CorpusStats();
        // Plans are independent, so each gets its own generator seeded from (seed, index): the corpus is the same
        // whatever the degree of parallelism.
        Parallel.For(1, plans + 1, index =>
        {
            var plan = new PlanWriter(new Random(PlanSeed(seed, index)), index, plans);
            plan.Write(Path.Combine(output, "plans", plan.Id), stats);
        });
        File.WriteAllText(Path.Combine(output, "CORPUS.txt"),
            $"Synthetic StaticMap benchmark corpus: {plans} plans, seed {seed}. Written by bench/CorpusGenerator; safe to delete.\n");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"corpus: {plans} synthetic plans (+{samples} sample plans copied), {stats.MarkdownFiles} synthetic Markdown files ({stats.MarkdownBytes / 1024.0 / 1024.0:F1} MiB, " +
            $"{stats.BodyWords / Math.Max(1, stats.MarkdownFiles)} body words per file on average), {stats.OtherFiles} other files " +
            $"in {clock.Elapsed.TotalSeconds:F1} s -> {output}"));
        return 0;
    }

    /// <summary>A fixed mix of the two numbers (not HashCode, which is randomised per process).</summary>
    private static int PlanSeed(int seed, int index)
    {
        var x = unchecked((ulong)(uint)seed * 0x9E3779B97F4A7C15UL + (ulong)index);
        x = unchecked((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL);
        x = unchecked((x ^ (x >> 27)) * 0x94D049BB133111EBUL);
        return (int)((x ^ (x >> 31)) & 0x7fffffff);
    }

    /// <summary>The repository's input/: next to the current directory or above this program.</summary>
    private static string? FindRepositoryInput()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "StaticMap.sln")) && Directory.Exists(Path.Combine(dir.FullName, "input")))
                    return Path.Combine(dir.FullName, "input");
            }
        }
        return null;
    }

    /// <summary>Refuses to delete a folder that is not empty and was not written by this program.</summary>
    private static void PrepareOutput(string output)
    {
        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any())
        {
            if (!File.Exists(Path.Combine(output, "CORPUS.txt")))
                throw new IOException($"{output} is not empty and is not a corpus written by CorpusGenerator; choose another folder");
            Directory.Delete(output, recursive: true);
        }
        Directory.CreateDirectory(output);
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var dir in Directory.EnumerateDirectories(from)) CopyFolder(dir, Path.Combine(to, Path.GetFileName(dir)));
    }
}

public sealed class CorpusStats
{
    private long _markdownFiles, _markdownBytes, _bodyWords, _otherFiles;
    public long MarkdownFiles => _markdownFiles;
    public long MarkdownBytes => _markdownBytes;
    public long BodyWords => _bodyWords;
    public long OtherFiles => _otherFiles;

    public void AddMarkdown(long bytes, int words)
    {
        Interlocked.Increment(ref _markdownFiles);
        Interlocked.Add(ref _markdownBytes, bytes);
        Interlocked.Add(ref _bodyWords, words);
    }

    public void AddOther() => Interlocked.Increment(ref _otherFiles);
}
