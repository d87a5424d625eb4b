using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using StaticMap.Core.Reading;

namespace StaticMap.Cli.Commands;

/// <summary>
/// A git revision of the repository read into memory, for <c>staticmap diff</c>: its tree listed with
/// <c>git ls-tree -r -z --full-tree</c>, the files StaticMap reads (plans/, input/ and theme/ of the --root folder) read with
/// <c>git cat-file --batch</c>, and mounted as a <see cref="MemoryRepository"/> that the pipeline reads like a folder.
/// Nothing is written to disk, so no entry of the tree can be written through a link. A symbolic link to a regular file
/// of the --root folder is read as that file (as <c>build</c> reads it, resolved in the tree, only through real folders);
/// any other link, and a submodule, is not a file. Every git process has a deadline, after which it is stopped and the command says so. Nothing in the
/// repository changes. Dispose to let the revision go.
/// </summary>
public sealed class GitRevision : IDisposable
{
    private const string MissingGit = "git is not installed or not on PATH; install git, or give a built site's folder instead of a revision";

    /// <summary>The most a revision's files may hold in memory together.</summary>
    public const long MaxBytes = 1L << 30;

    /// <summary>How long one git command may take before it is stopped: a quick question, and reading the files; both
    /// $STATICMAP_GIT_DEADLINE seconds when it is set (a very large repository on a slow disk).</summary>
    private static readonly TimeSpan QuestionDeadline = Deadline(TimeSpan.FromMinutes(1));
    private static readonly TimeSpan ReadDeadline = Deadline(TimeSpan.FromMinutes(5));

    private static TimeSpan Deadline(TimeSpan standard) =>
        int.TryParse(Environment.GetEnvironmentVariable("STATICMAP_GIT_DEADLINE"), System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds) : standard;

    /// <summary>"1 minute", "5 minutes", "30 seconds".</summary>
    private static string Duration(TimeSpan span) =>
        span.TotalSeconds % 60 == 0 ? Plural((int)span.TotalMinutes, "minute") : Plural((int)span.TotalSeconds, "second");

    private static string Plural(int count, string unit) => count == 1 ? $"1 {unit}" : $"{count.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-US"))} {unit}s";

    private readonly MemoryRepository _repository;

    private GitRevision(MemoryRepository repository, string prefix, string commit)
    {
        _repository = repository;
        Root = prefix.Length == 0 ? repository.Root : Path.Combine(repository.Root, prefix.Replace('/', Path.DirectorySeparatorChar));
        Commit = commit;
    }

    /// <summary>The folder that corresponds, in the revision, to the --root folder (in memory, not on disk).</summary>
    public string Root { get; }

    /// <summary>The full commit id the revision names.</summary>
    public string Commit { get; }

    /// <summary>The revision <paramref name="revision"/> of the repository holding <paramref name="root"/>, read into memory; null
    /// with <paramref name="problem"/> when git is missing or too slow, the folder is in no repository, the revision does not
    /// exist or its tree holds an entry no checkout could hold.</summary>
    public static GitRevision? Read(string root, string revision, out string? problem)
    {
        problem = null;
        if (revision.StartsWith('-'))
        {
            problem = $"'{revision}' is not a git revision; give a branch, tag or commit, e.g. origin/main or HEAD~1";
            return null;
        }
        var top = Text(root, QuestionDeadline, out problem, "rev-parse", "--show-toplevel");
        if (top is null)
        {
            if (problem != MissingGit && !problem!.StartsWith("git rev-parse did not finish", StringComparison.Ordinal))
                problem = $"{root} is not in a git repository, so '{revision}' cannot be read ({problem}); give a built site's folder instead";
            return null;
        }
        var toplevel = top.Trim();
        var commit = Text(root, QuestionDeadline, out var refused, "rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}")?.Trim();
        if (string.IsNullOrEmpty(commit))
        {
            problem = refused is not null && refused.StartsWith("git rev-parse did not finish", StringComparison.Ordinal) ? refused
                : $"'{revision}' is not a revision of the repository at {toplevel}" +
                  (string.IsNullOrEmpty(refused) ? "" : $" ({refused})") +
                  "; give a branch, tag or commit it has, e.g. HEAD~1 (in CI, check out with fetch-depth: 0 so origin/<branch> exists)";
            return null;
        }
        // The --root folder's place in the repository as git sees it (links in the path resolved): "" or "sites/maps".
        var prefix = Text(root, QuestionDeadline, out problem, "rev-parse", "--show-prefix")?.Trim().TrimEnd('/');
        if (prefix is null)
        {
            problem = Failed(problem, "git rev-parse --show-prefix", revision);
            return null;
        }

        if (List(toplevel, commit, revision, prefix, out problem) is not { } tree) return null;
        if (Contents(toplevel, tree.Links, revision, out problem) is not { } targets) return null;
        if (Select(tree, targets, commit, revision, prefix, out problem) is not { } entries) return null;
        if (Contents(toplevel, entries, revision, out problem) is not { } files) return null;
        if (prefix.Length > 0 && !files.Keys.Any(p => p.StartsWith(prefix + "/", StringComparison.Ordinal)))
        {
            problem = $"'{revision}' has no plans/, input/ or theme/ in {prefix}/, the --root folder; give a revision that has the site, or a built site's folder";
            return null;
        }
        try
        {
            return new GitRevision(MemoryRepository.Mount(files), prefix, commit);
        }
        catch (ArgumentException ex)
        {
            // A tree git's own checks refuse (git fsck), e.g. a file and a folder of the same name.
            problem = $"the tree of '{revision}' ({commit[..7]}) holds an entry no checkout can hold: {ex.Message}; " +
                      "'git fsck' names the bad objects; compare with another revision";
            return null;
        }
    }

    /// <summary>One entry of the tree: a regular file (mode 100644 or 100755) or a symbolic link (120000, its blob the target).</summary>
    private sealed record Entry(string Path, string Object, long Size);

    /// <summary>The regular files under the --root folder (by path), and the symbolic links in its plans/, input/ and theme/.</summary>
    private sealed record Tree(Dictionary<string, Entry> Files, HashSet<string> LinkPaths, List<Entry> Links);

    /// <summary>The longest link target read; a longer one is not a link to a file of the repository.</summary>
    private const int MaxLinkTarget = 4096;

    /// <summary>The --root folder's regular files and the site folders' links, from <c>git ls-tree</c>.</summary>
    private static Tree? List(string toplevel, string commit, string revision, string prefix, out string? problem)
    {
        var output = Run(toplevel, ReadDeadline, null, out problem, "ls-tree", "-r", "-z", "-l", "--full-tree", commit);
        if (output is null)
        {
            problem = Failed(problem, "git ls-tree", revision);
            return null;
        }
        var tree = new Tree(new Dictionary<string, Entry>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal), []);
        var start = prefix.Length == 0 ? "" : prefix + "/";
        foreach (var record in Encoding.UTF8.GetString(output).Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            // "<mode> SP <type> SP <object> SP+ <size> TAB <path>"
            var tab = record.IndexOf('\t');
            var fields = tab < 0 ? [] : record[..tab].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length != 4)
            {
                problem = $"git ls-tree wrote an entry StaticMap cannot read: '{record}'";
                return null;
            }
            var path = record[(tab + 1)..];
            if (!path.StartsWith(start, StringComparison.Ordinal) || fields[1] != "blob") continue;
            // Submodules (160000) are not files; symbolic links (120000) are read as links, never written.
            var link = fields[0] == "120000";
            if (!link && fields[0] is not ("100644" or "100755")) continue;
            if (!MemoryRepository.IsValidPath(path) || tree.Files.ContainsKey(path) || tree.LinkPaths.Contains(path))
            {
                problem = $"the tree of '{revision}' ({commit[..7]}) holds an entry no checkout can hold: '{path}' " +
                          (MemoryRepository.IsValidPath(path) ? "is there twice" : "is not a path of a file") +
                          "; 'git fsck' names the bad objects; compare with another revision";
                return null;
            }
            var entry = new Entry(path, fields[2], long.Parse(fields[3], System.Globalization.CultureInfo.InvariantCulture));
            if (!link) tree.Files[path] = entry;
            else
            {
                tree.LinkPaths.Add(path);
                if (IsSiteFile(path, start) && entry.Size <= MaxLinkTarget) tree.Links.Add(entry);
            }
        }
        return tree;
    }

    /// <summary>Whether StaticMap reads <paramref name="path"/>: it is in plans/, input/ or theme/ of the --root folder.</summary>
    private static bool IsSiteFile(string path, string start) => path[start.Length..].Split('/')[0] is "plans" or "input" or "theme";

    /// <summary>
    /// The files to read: the regular files in plans/, input/ and theme/, and the links there to a regular file of the --root
    /// folder, read as that file (as <c>build</c> reads them). A link is followed as the file system follows it, and only
    /// through real folders: a link to a folder, to another link, through a linked folder, or out of the --root folder is not
    /// a file. Refuses a tree no checkout could hold (a file and a folder of the same name) and more than
    /// <see cref="MaxBytes"/>.
    /// </summary>
    private static List<Entry>? Select(Tree tree, Dictionary<string, byte[]> targets, string commit, string revision, string prefix, out string? problem)
    {
        problem = null;
        var start = prefix.Length == 0 ? "" : prefix + "/";
        var realFolders = new HashSet<string>(tree.Files.Keys.Concat(tree.LinkPaths).SelectMany(Folders), StringComparer.Ordinal);
        realFolders.ExceptWith(tree.LinkPaths);
        var entries = tree.Files.Values.Where(e => IsSiteFile(e.Path, start)).ToList();
        foreach (var link in tree.Links)
        {
            var target = Encoding.UTF8.GetString(targets[link.Path]);
            if (Resolve(link.Path, target, prefix, realFolders, tree.LinkPaths) is { } resolved && tree.Files.TryGetValue(resolved, out var file))
                entries.Add(file with { Path = link.Path });
        }
        long total = 0;
        foreach (var entry in entries)
        {
            total += entry.Size;
            if (total <= MaxBytes) continue;
            problem = $"the site's files in '{revision}' hold more than {(MaxBytes >> 20).ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-US"))} MB, too much to compare in memory; " +
                      "build that revision and give its output folder instead";
            return null;
        }
        var folders = new HashSet<string>(entries.SelectMany(e => Folders(e.Path)), StringComparer.Ordinal);
        if (entries.FirstOrDefault(e => folders.Contains(e.Path)) is { } both)
        {
            problem = $"the tree of '{revision}' ({commit[..7]}) holds an entry no checkout can hold: '{both.Path}' is both a file and a folder" +
                      "; 'git fsck' names the bad objects; compare with another revision";
            return null;
        }
        return entries;
    }

    /// <summary>
    /// The path a link at <paramref name="path"/> to <paramref name="target"/> leads to, or null when it leaves the --root
    /// folder or passes anything but a real folder (a link, a folder that is also a link, a file).
    /// </summary>
    private static string? Resolve(string path, string target, string prefix, HashSet<string> realFolders, HashSet<string> links)
    {
        if (target.Length == 0 || target.StartsWith('/') || target.EndsWith('/') || target.Contains('\0') || target.Contains('\\')) return null;
        var parts = new List<string>(path.Split('/')[..^1]);
        // The link's own folders, as the checkout would make them: real folders, none a link as well.
        for (var i = 1; i <= parts.Count; i++)
            if (!realFolders.Contains(string.Join('/', parts.Take(i)))) return null;
        var floor = prefix.Length == 0 ? 0 : prefix.Split('/').Length;
        var steps = target.Split('/');
        for (var i = 0; i < steps.Length; i++)
        {
            var step = steps[i];
            if (step is "" or ".") continue;
            if (step == "..")
            {
                if (parts.Count <= floor) return null;
                parts.RemoveAt(parts.Count - 1);
                continue;
            }
            parts.Add(step);
            var last = steps.Skip(i + 1).All(s => s is "" or ".");
            var current = string.Join('/', parts);
            if (!last && !realFolders.Contains(current)) return null;
            if (last) return links.Contains(current) || parts.Count <= floor ? null : current;
        }
        return null;
    }

    /// <summary>The folders a path is in: "a/b/c" is in "a" and "a/b".</summary>
    private static IEnumerable<string> Folders(string path)
    {
        for (var slash = path.IndexOf('/'); slash > 0; slash = path.IndexOf('/', slash + 1)) yield return path[..slash];
    }

    /// <summary>The contents of <paramref name="entries"/>, from one <c>git cat-file --batch</c>.</summary>
    private static Dictionary<string, byte[]>? Contents(string toplevel, List<Entry> entries, string revision, out string? problem)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        if (entries.Count == 0)
        {
            problem = null;
            return files;
        }
        var requests = string.Concat(entries.Select(e => e.Object + "\n"));
        var output = Run(toplevel, ReadDeadline, requests, out problem, stdout =>
        {
            foreach (var entry in entries)
            {
                // "<object> SP <type> SP <size> LF <contents> LF", or "<object> SP missing LF".
                var header = ReadLine(stdout);
                var fields = header?.Split(' ');
                if (fields is not { Length: 3 } || fields[1] != "blob" || !long.TryParse(fields[2], out var size) || size != entry.Size)
                    throw new InvalidDataException($"git cat-file could not read {entry.Path} of '{revision}' ({header ?? "no answer"})");
                var bytes = new byte[size];
                stdout.ReadExactly(bytes);
                stdout.ReadExactly(new byte[1]);
                files[entry.Path] = bytes;
            }
        }, "cat-file", "--batch");
        if (!output) problem = Failed(problem, "git cat-file", revision);
        return output ? files : null;
    }

    /// <summary>What git said when a command failed, as a sentence naming the command.</summary>
    private static string Failed(string? said, string command, string revision) =>
        string.IsNullOrEmpty(said) ? $"{command} failed on '{revision}' without saying why"
        : said.StartsWith("git ", StringComparison.Ordinal) ? said
        : $"{command} failed on '{revision}': {said}";

    private static string? ReadLine(Stream stream)
    {
        var line = new List<byte>();
        while (true)
        {
            var b = stream.ReadByte();
            if (b < 0) return line.Count == 0 ? null : Encoding.UTF8.GetString([.. line]);
            if (b == '\n') return Encoding.UTF8.GetString([.. line]);
            line.Add((byte)b);
        }
    }

    /// <summary>Runs git in <paramref name="folder"/>; its standard output as text, or null with its error (or why git could not run).</summary>
    private static string? Text(string folder, TimeSpan deadline, out string? problem, params string[] args) =>
        Run(folder, deadline, null, out problem, args) is { } bytes ? Encoding.UTF8.GetString(bytes) : null;

    /// <summary>Runs git; its standard output, or null with <paramref name="problem"/>.</summary>
    private static byte[]? Run(string folder, TimeSpan deadline, string? input, out string? problem, params string[] args)
    {
        byte[]? bytes = null;
        return Run(folder, deadline, input, out problem, stdout =>
        {
            using var copy = new MemoryStream();
            stdout.CopyTo(copy);
            bytes = copy.ToArray();
        }, args) ? bytes : null;
    }

    /// <summary>
    /// Runs git with <paramref name="input"/> on its standard input and <paramref name="read"/> over its standard output. When
    /// it has not finished by <paramref name="deadline"/> it is stopped (with any process it started) and
    /// <paramref name="problem"/> says so. False, with <paramref name="problem"/>, when git failed.
    /// </summary>
    private static bool Run(string folder, TimeSpan deadline, string? input, out string? problem, Action<Stream> read, params string[] args)
    {
        problem = null;
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = input is not null,
            UseShellExecute = false, WorkingDirectory = folder,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        // Never ask for credentials, open a pager or take a lock: this runs in CI too, next to other git commands.
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["GIT_PAGER"] = "cat";
        start.Environment["GIT_OPTIONAL_LOCKS"] = "0";
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception)
        {
            problem = MissingGit;
            return false;
        }
        using (process)
        {
            var timedOut = false;
            using var timer = new Timer(_ =>
            {
                timedOut = true;
                Stop(process);
            }, null, deadline, Timeout.InfiniteTimeSpan);
            var error = process.StandardError.ReadToEndAsync();
            var writer = input is null ? Task.CompletedTask : Task.Run(() =>
            {
                try
                {
                    process.StandardInput.Write(input);
                    process.StandardInput.Close();
                }
                catch (IOException) { /* git stopped reading: its error says why */ }
            });
            try
            {
                read(process.StandardOutput.BaseStream);
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException)
            {
                problem = ex is InvalidDataException ? ex.Message : $"git {args[0]} stopped half-way: {ex.Message}";
                // Whatever was not read, git would wait forever to write.
                Stop(process);
            }
            catch
            {
                Stop(process);
                throw;
            }
            process.WaitForExit();
            writer.Wait();
            timer.Dispose();
            // Stopped at the deadline (a git that finished just as the deadline passed exits with 0 and is not).
            if (timedOut && (process.ExitCode != 0 || problem is not null))
            {
                problem = $"git {args[0]} did not finish in {Duration(deadline)} and was stopped; is the repository very large, or on a slow " +
                          "disk? Set STATICMAP_GIT_DEADLINE to more seconds, or build the revision and give its output folder instead";
                return false;
            }
            if (problem is not null)
            {
                var said = error.Result.Trim();
                if (said.Length > 0) problem += $" ({said})";
                return false;
            }
            if (process.ExitCode == 0) return true;
            // Empty when git says nothing (rev-parse --quiet); callers that need a sentence use Failed.
            problem = error.Result.Trim();
            return false;
        }
    }

    private static void Stop(Process process)
    {
        try { process.Kill(entireProcessTree: true); }
        catch (Exception ex) when (ex is InvalidOperationException or Win32Exception or ObjectDisposedException) { /* already gone */ }
    }

    public void Dispose() => _repository.Dispose();
}
