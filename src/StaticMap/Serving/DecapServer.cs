using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using StaticMap.Core.Writing;

namespace StaticMap.Cli.Serving;

/// <summary>
/// The browser editor's local backend for <c>staticmap serve --admin</c>: npm <c>decap-server</c>, at the version and
/// integrity pinned in theme/admin/package-lock.json, installed once with <c>npm ci</c> into StaticMap's cache, and run with
/// Node.js as a child process that listens on 127.0.0.1 only and writes to the working copy (its <c>fs</c> mode). It is
/// stopped with its whole process tree when serve stops, and it stops itself within a second when serve's process is gone
/// (killed without a chance to clean up).
/// </summary>
public sealed class DecapServer : IDisposable
{
    private readonly Process _process;

    private DecapServer(Process process, int port) => (_process, Port) = (process, port);

    public int Port { get; }

    /// <summary>The address the editor's configuration names as its <c>local_backend</c>.</summary>
    public string ApiUrl => $"http://127.0.0.1:{Port}/api/v1";

    /// <summary>Installs (when not yet cached) and starts decap-server for <paramref name="root"/>; null with <paramref name="problem"/> when it cannot.</summary>
    public static DecapServer? Start(string root, string themeFolder, int servePort, TextWriter log, out string? problem)
    {
        problem = null;
        var lockFile = Path.Combine(themeFolder, "admin", "package-lock.json");
        var manifest = Path.Combine(themeFolder, "admin", "package.json");
        if (!File.Exists(lockFile) || !File.Exists(manifest))
        {
            problem = $"--admin needs {Path.Combine(themeFolder, "admin")}/package.json and package-lock.json, which pin decap-server; copy them from StaticMap's theme/admin/";
            return null;
        }
        var node = FindOnPath("node");
        var npm = FindOnPath(OperatingSystem.IsWindows() ? "npm.cmd" : "npm");
        if (node is null || npm is null)
        {
            problem = "--admin needs Node.js and npm (https://nodejs.org/) to run decap-server, the editor's local backend; install them, or serve without --admin";
            return null;
        }
        // One installation per lock file, in the cache beside the npm tarballs.
        var lockBytes = File.ReadAllBytes(lockFile);
        var folder = Path.Combine(VendorLibraries.FromEnvironment().CacheFolder, "decap-server", Convert.ToHexStringLower(SHA256.HashData(lockBytes))[..16]);
        var entry = Path.Combine(folder, "node_modules", "decap-server", "dist", "index.js");
        if (!File.Exists(entry))
        {
            log.WriteLine("Installing decap-server, the editor's local backend (once; pinned in theme/admin/package-lock.json)…");
            Directory.CreateDirectory(folder);
            File.Copy(manifest, Path.Combine(folder, "package.json"), overwrite: true);
            File.WriteAllBytes(Path.Combine(folder, "package-lock.json"), lockBytes);
            // npm ci installs exactly the lock file's versions and checks every package against its integrity.
            var install = Run(npm, folder, TimeSpan.FromMinutes(10), "ci", "--omit=dev", "--ignore-scripts", "--no-audit", "--no-fund");
            if (install is not null || !File.Exists(entry))
            {
                problem = $"decap-server could not be installed with npm ci in {folder}: {install ?? "npm reported no error, but decap-server is missing"}";
                return null;
            }
        }

        var port = FreePort();
        var start = new ProcessStartInfo(node)
        {
            WorkingDirectory = folder,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // A watchdog first: the server exits when serve's process is gone, even if serve was killed without cleaning up.
        start.ArgumentList.Add("-e");
        start.ArgumentList.Add(
            "const parent=Number(process.env.STATICMAP_SERVE_PID);" +
            "setInterval(()=>{try{process.kill(parent,0)}catch{process.exit(0)}},1000).unref();" +
            "require(process.env.STATICMAP_DECAP_SERVER);");
        start.Environment["STATICMAP_SERVE_PID"] = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["STATICMAP_DECAP_SERVER"] = entry;
        start.Environment["MODE"] = "fs";
        start.Environment["GIT_REPO_DIRECTORY"] = Path.GetFullPath(root);
        start.Environment["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["BIND_HOST"] = "127.0.0.1";
        start.Environment["ORIGIN"] = $"http://127.0.0.1:{servePort}";
        start.Environment["LOG_LEVEL"] = "warn";
        var process = Process.Start(start);
        if (process is null)
        {
            problem = $"could not start {node}";
            return null;
        }
        process.OutputDataReceived += (_, e) => { if (e.Data is { Length: > 0 } line) log.WriteLine($"decap-server: {line}"); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 } line) log.WriteLine($"decap-server: {line}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new DecapServer(process, port);
        // Ready when it answers; a server that does not within the deadline is stopped.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            if (Listening(port)) return server;
            Thread.Sleep(100);
        }
        problem = process.HasExited ? $"decap-server stopped at once (exit code {process.ExitCode})" : "decap-server did not answer within 30 seconds";
        server.Dispose();
        return null;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Already gone.
        }
        _process.Dispose();
    }

    private static bool Listening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Runs a command to its end; null when it succeeded, else what went wrong.</summary>
    private static string? Run(string file, string folder, TimeSpan deadline, params string[] args)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = folder, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(deadline))
        {
            process.Kill(entireProcessTree: true);
            return $"it did not finish within {deadline.TotalMinutes:0} minutes";
        }
        if (process.ExitCode == 0) return null;
        var lines = stderr.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return $"exit code {process.ExitCode}: {string.Join(" ", lines.TakeLast(3))}";
    }

    private static string? FindOnPath(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}

/// <summary>Runs an action when the process exits normally (Ctrl+C, SIGTERM) while it is not disposed.</summary>
public sealed class ProcessExitHook : IDisposable
{
    private readonly Action _action;

    public ProcessExitHook(Action action)
    {
        _action = action;
        AppDomain.CurrentDomain.ProcessExit += OnExit;
    }

    private void OnExit(object? sender, EventArgs e) => _action();

    public void Dispose() => AppDomain.CurrentDomain.ProcessExit -= OnExit;
}
