using System.Diagnostics;

namespace StaticMap.Cli.Printing;

/// <summary>The processes this process started, and theirs: Playwright's driver and the Chromium it launched.</summary>
public static class ProcessTree
{
    /// <summary>
    /// Kills every descendant of this process. All are found first (from /proc; Linux only), then killed, so a child whose
    /// parent dies first (and is adopted by init) is not missed.
    /// </summary>
    /// <param name="mentioning">A folder only this run's processes name on their command line, when there is one: a process
    /// that init adopted while the tree was being killed is found by it.</param>
    public static void KillDescendants(string? mentioning = null)
    {
        // Chromium forks renderers from its zygote at any moment: kill what is found, look again, until nothing is left.
        for (var round = 0; round < 20; round++)
        {
            var found = Descendants(Environment.ProcessId).Concat(Mentioning(mentioning)).Distinct().ToList();
            if (found.Count == 0) return;
            foreach (var pid in found) Kill(pid);
            Thread.Sleep(50);
        }
    }

    private static void Kill(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            process.Kill();
            process.WaitForExit(1000);
        }
        catch (ArgumentException) { } // already gone
        catch (InvalidOperationException) { }
        catch (System.ComponentModel.Win32Exception) { }
    }

    /// <summary>The processes (Linux: /proc) whose command line names <paramref name="folder"/>; none for null.</summary>
    private static IEnumerable<int> Mentioning(string? folder)
    {
        if (folder is null || !OperatingSystem.IsLinux()) yield break;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || pid == Environment.ProcessId) continue;
            string command;
            try { command = File.ReadAllText(Path.Combine(dir, "cmdline")); }
            catch (IOException) { continue; }
            catch (UnauthorizedAccessException) { continue; }
            if (command.Contains(folder, StringComparison.Ordinal)) yield return pid;
        }
    }

    /// <summary>The process ids below <paramref name="root"/>, parents before their children.</summary>
    public static IReadOnlyList<int> Descendants(int root)
    {
        var children = new Dictionary<int, List<int>>();
        if (OperatingSystem.IsLinux())
        {
            foreach (var dir in Directory.EnumerateDirectories("/proc"))
            {
                if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
                string stat;
                try { stat = File.ReadAllText(Path.Combine(dir, "stat")); }
                catch (IOException) { continue; }
                catch (UnauthorizedAccessException) { continue; }
                // "pid (command) state ppid …": the command may hold spaces and parentheses, so read after the last ')'.
                var fields = stat[(stat.LastIndexOf(')') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length > 1 && int.TryParse(fields[1], out var parent))
                {
                    if (!children.TryGetValue(parent, out var list)) children[parent] = list = [];
                    list.Add(pid);
                }
            }
        }
        else
        {
            // No portable parent id: the direct children are not known here, so nothing is found (Process.Kill(true) on
            // a known child is the way elsewhere). The deadline then ends the command, and the driver ends with it.
            return [];
        }
        var found = new List<int>();
        var queue = new Queue<int>([root]);
        while (queue.Count > 0)
            foreach (var child in children.GetValueOrDefault(queue.Dequeue()) ?? [])
            {
                found.Add(child);
                queue.Enqueue(child);
            }
        return found;
    }
}
