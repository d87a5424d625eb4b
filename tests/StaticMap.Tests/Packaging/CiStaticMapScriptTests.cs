using System.Diagnostics;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Packaging;

/// <summary>
/// .ci/staticmap decides on each call whether to publish StaticMap again, and that decision has to be as safe as it is
/// cheap: it publishes again when StaticMap's sources, theme, packages, SDK or options changed, and otherwise runs the
/// published StaticMap without starting the SDK. Run here on a copy of the script in a repository of a few files, with
/// a stand-in 'dotnet' on PATH that writes down what it was asked to do (a real publish takes a minute of CPU).
/// </summary>
[Trait("Category", "Slow")]
public sealed class CiStaticMapScriptTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "staticmap-ci-script-" + Guid.NewGuid().ToString("N"));
    private string Repo => Path.Combine(_root, "repo");
    private string DotnetHome => Path.Combine(_root, "dotnet-home");
    private string Calls => Path.Combine(_root, "calls.log");

    /// <summary>The repository and the stand-in SDK; each test starts with it (and skips where bash is not the shell).</summary>
    private void Prepare()
    {
        Skip.If(OperatingSystem.IsWindows(), ".ci/staticmap is a bash script for Linux and macOS site builds.");
        MissingTool.Require(MissingTool.OnPath("bash") is not null, ".ci/staticmap needs bash: install it.");
        Directory.CreateDirectory(Path.Combine(Repo, ".ci"));
        File.Copy(Path.Combine(Repository.Root, ".ci", "staticmap"), Path.Combine(Repo, ".ci", "staticmap"));
        Write("src/StaticMap/StaticMap.csproj", "<Project />\n");
        Write("src/StaticMap/Program.cs", "// StaticMap\n");
        Write("src/StaticMap/obj/project.assets.json", "{}\n");
        Write("theme/layouts/base.sbn-html", "<html></html>\n");
        Write("theme/node_modules/pagefind/index.js", "// a package\n");
        Write("Directory.Build.props", "<Project />\n");
        Write("Directory.Packages.props", "<Project />\n");
        Write("global.json", "{ \"sdk\": { \"version\": \"10.0.100\", \"rollForward\": \"latestFeature\" } }\n");

        // The stand-in SDK: a host whose SDK folders are the ones it "would pick from", reached through a link on PATH
        // as /usr/bin/dotnet is on Debian. It fails the call when asked to start the SDK for its version.
        Directory.CreateDirectory(Path.Combine(DotnetHome, "sdk", "10.0.100"));
        var host = Path.Combine(DotnetHome, "dotnet");
        File.WriteAllText(host, $$"""
            #!/usr/bin/env bash
            log='{{Calls}}'
            case "$1" in
              --info) echo " RID:         linux-x64" ;;
              --version|--list-sdks) echo "sdk $1" >> "$log"; exit 3 ;;
              publish) out=""; while [[ $# -gt 0 ]]; do [[ $1 == -o ]] && out=$2; shift; done
                       echo "publish" >> "$log"; mkdir -p "$out"; echo dll > "$out/StaticMap.dll" ;;
              *) echo "run ${*:2}" >> "$log" ;;
            esac
            """.Replace("\r\n", "\n"));
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(host, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Directory.CreateDirectory(Path.Combine(_root, "bin"));
        File.CreateSymbolicLink(Path.Combine(_root, "bin", "dotnet"), host);
    }

    [SkippableFact]
    public void Publishes_once_then_runs_the_published_StaticMap_without_starting_the_SDK()
    {
        Prepare();
        Assert.Equal(["publish", "run check --format github"], Run("check", "--format", "github"));
        Assert.Equal(["run build --drafts"], Run("build", "--drafts"));
        Assert.Equal(["run check"], Run("check"));
    }

    [SkippableFact]
    public void A_file_touched_but_not_changed_is_hashed_again_and_not_published()
    {
        Prepare();
        Run("check");
        File.SetLastWriteTimeUtc(Path.Combine(Repo, "src/StaticMap/Program.cs"), DateTime.UtcNow.AddMinutes(1));
        Assert.Equal(["run check"], Run("check"));
        Assert.Equal(["run check"], Run("check"));
    }

    [SkippableFact]
    public void An_edit_whose_modification_time_was_put_back_is_published()
    {
        Prepare();
        var program = Path.Combine(Repo, "src/StaticMap/Program.cs");
        var written = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc); // whole seconds: put back exactly
        File.SetLastWriteTimeUtc(program, written);
        Run("check");
        File.WriteAllText(program, "// StaticMaq\n"); // the same size
        File.SetLastWriteTimeUtc(program, written);
        Assert.Equal(["publish", "run check"], Run("check"));
    }

    [SkippableTheory]
    [InlineData("theme/layouts/base.sbn-html")]
    [InlineData("Directory.Packages.props")]
    [InlineData("global.json")]
    [InlineData("src/StaticMap/New.cs")]
    public void A_change_to_the_sources_theme_packages_or_SDK_choice_is_published(string file)
    {
        Prepare();
        Run("check");
        Write(file, "changed\n");
        Assert.Equal(["publish", "run check"], Run("check"));
    }

    [SkippableFact]
    public void Another_SDK_installed_beside_the_host_is_published_with()
    {
        Prepare();
        Run("check");
        Directory.CreateDirectory(Path.Combine(DotnetHome, "sdk", "10.0.200"));
        Assert.Equal(["publish", "run check"], Run("check"));
        Assert.Equal(["run check"], Run("check"));
    }

    [SkippableFact]
    public void The_build_outputs_and_installed_packages_are_not_sources()
    {
        Prepare();
        Run("check");
        Write("src/StaticMap/obj/project.assets.json", "{ \"changed\": true }\n");
        Write("src/StaticMap/bin/Release/StaticMap.dll", "dll\n");
        Write("theme/node_modules/pagefind/index.js", "// another version\n");
        Assert.Equal(["run check"], Run("check"));
    }

    [SkippableFact]
    public void Another_publish_kind_is_published_into_its_own_folder()
    {
        Prepare();
        Run("check");
        Assert.Equal(["publish", "run check"], Run(new Dictionary<string, string> { ["STATICMAP_PUBLISH"] = "composite" }, "check"));
        Assert.True(File.Exists(Path.Combine(Repo, "artifacts", "staticmap-composite", "StaticMap.dll")));
        Assert.Equal(["run check"], Run("check"));
    }

    private string[] Run(params string[] args) => Run(new Dictionary<string, string>(), args);

    private string[] Run(Dictionary<string, string> environment, params string[] args)
    {
        File.Delete(Calls);
        var start = new ProcessStartInfo("bash") { WorkingDirectory = Repo };
        start.ArgumentList.Add(Path.Combine(Repo, ".ci", "staticmap"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["PATH"] = Path.Combine(_root, "bin") + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        start.Environment.Remove("STATICMAP_PUBLISH");
        start.Environment.Remove("STATICMAP_PUBLISH_DIR");
        foreach (var (name, value) in environment) start.Environment[name] = value;
        var (code, output, error) = ProcessRunner.Run(start, TimeSpan.FromMinutes(1), ".ci/staticmap took more than a minute");
        Assert.True(code == 0, $".ci/staticmap exited with {code}:\n{output}\n{error}");
        return File.Exists(Calls) ? File.ReadAllLines(Calls) : [];
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(Repo, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
