using System.ComponentModel;
using System.Diagnostics;
using System.Formats.Tar;

namespace StaticMap.Cli.Commands;

/// <summary>
/// A git revision of the repository extracted into a temporary folder (<c>git archive</c>, unpacked here), for
/// <c>staticmap diff</c>; the folder is deleted on dispose. Runs the <c>git</c> program; nothing in the repository changes.
/// </summary>
public sealed class GitRevision : IDisposable
{
    private const string MissingGit = "git is not installed or not on PATH; install git, or give a built site's folder instead of a revision";

    private readonly string _folder;

    private GitRevision(string folder, string root, string commit)
    {
        _folder = folder;
        Root = root;
        Commit = commit;
    }

    /// <summary>The folder that corresponds, in the revision, to the --root folder.</summary>
    public string Root { get; }

    /// <summary>The full commit id the revision names.</summary>
    public string Commit { get; }

    /// <summary>The revision <paramref name="revision"/> of the repository holding <paramref name="root"/>, extracted; null with
    /// <paramref name="problem"/> when git is missing, the folder is in no repository or the revision does not exist.</summary>
    public static GitRevision? Extract(string root, string revision, out string? problem)
    {
        problem = null;
        if (revision.StartsWith('-'))
        {
            problem = $"'{revision}' is not a git revision; give a branch, tag or commit, e.g. origin/main or HEAD~1";
            return null;
        }
        var top = Git(root, out problem, "rev-parse", "--show-toplevel");
        if (top is null)
        {
            if (problem != MissingGit) problem = $"{root} is not in a git repository, so '{revision}' cannot be read ({problem}); give a built site's folder instead";
            return null;
        }
        var toplevel = top.Trim();
        var commit = Git(root, out var refused, "rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}")?.Trim();
        if (string.IsNullOrEmpty(commit))
        {
            problem = $"'{revision}' is not a revision of the repository at {toplevel}" +
                      (string.IsNullOrEmpty(refused) ? "" : $" ({refused})") +
                      "; give a branch, tag or commit it has, e.g. HEAD~1 (in CI, check out with fetch-depth: 0 so origin/<branch> exists)";
            return null;
        }
        var folder = Path.Combine(Path.GetTempPath(), "staticmap-diff-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(folder);
            if (!Archive(toplevel, commit, folder, out problem))
            {
                Delete(folder);
                return null;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            Delete(folder);
            problem = $"could not unpack '{revision}' into {folder}: {ex.Message}";
            return null;
        }
        // The --root folder's place in the repository as git sees it (links in the path resolved): "" or "sites/maps/".
        var prefix = (Git(root, out _, "rev-parse", "--show-prefix") ?? "").Trim().TrimEnd('/');
        return new GitRevision(folder, prefix.Length == 0 ? folder : Path.Combine(folder, prefix.Replace('/', Path.DirectorySeparatorChar)), commit);
    }

    /// <summary>git archive --format=tar, read as it is written and unpacked into <paramref name="folder"/>.</summary>
    private static bool Archive(string toplevel, string commit, string folder, out string? problem)
    {
        problem = null;
        using var process = Start(toplevel, out problem, "archive", "--format=tar", commit);
        if (process is null) return false;
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            Unpack(process.StandardOutput.BaseStream, folder);
        }
        catch
        {
            // git would wait forever to write the rest of the archive.
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { /* already gone */ }
            throw;
        }
        process.WaitForExit();
        if (process.ExitCode == 0) return true;
        problem = $"git archive {commit} failed: {error.Result.Trim()}";
        return false;
    }

    /// <summary>
    /// The archive's folders and regular files, and its symbolic links that stay inside the folder (a link out of it is
    /// left out: StaticMap would refuse it anyway, MAP066, and the tree it compares with is the working tree's). An entry
    /// whose name leads out of the folder is refused.
    /// </summary>
    private static void Unpack(Stream tar, string folder)
    {
        var root = Path.GetFullPath(folder) + Path.DirectorySeparatorChar;
        using var reader = new TarReader(tar);
        while (reader.GetNextEntry() is { } entry)
        {
            var path = Path.GetFullPath(Path.Combine(root, entry.Name));
            if (!path.StartsWith(root, StringComparison.Ordinal) && path + Path.DirectorySeparatorChar != root)
                throw new InvalidDataException($"the archive has an entry outside its folder: {entry.Name}");
            switch (entry.EntryType)
            {
                case TarEntryType.Directory:
                    Directory.CreateDirectory(path);
                    break;
                case TarEntryType.RegularFile or TarEntryType.V7RegularFile:
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    entry.ExtractToFile(path, overwrite: false);
                    break;
                case TarEntryType.SymbolicLink:
                    var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, entry.LinkName));
                    if (!target.StartsWith(root, StringComparison.Ordinal)) break;
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    File.CreateSymbolicLink(path, entry.LinkName);
                    break;
                // git archive writes a global header with the commit id, and nothing else StaticMap reads.
            }
        }
    }

    /// <summary>Runs git in <paramref name="folder"/>; its standard output, or null with its error (or why git could not run).</summary>
    private static string? Git(string folder, out string? problem, params string[] args)
    {
        using var process = Start(folder, out problem, args);
        if (process is null) return null;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode == 0) return output;
        problem = error.Result.Trim();
        return null;
    }

    private static Process? Start(string folder, out string? problem, params string[] args)
    {
        problem = null;
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = folder,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        // Never ask for credentials or open a pager: this runs in CI too.
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["GIT_PAGER"] = "cat";
        try
        {
            return Process.Start(start);
        }
        catch (Win32Exception)
        {
            problem = MissingGit;
            return null;
        }
    }

    private static void Delete(string folder)
    {
        try { if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { /* a temporary folder; the system cleans it */ }
    }

    public void Dispose() => Delete(_folder);
}
