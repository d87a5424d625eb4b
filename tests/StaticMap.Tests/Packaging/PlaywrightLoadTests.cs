using StaticMap.Tests.Support;
using static StaticMap.Tests.Support.StaticMapProcess;

namespace StaticMap.Tests.Packaging;

/// <summary>
/// Microsoft.Playwright is loaded by <c>staticmap pdf</c> only: every other command runs from a copy of the tool that
/// does not have it (nor Playwright's driver), so their start does not pay for it and cannot fail on it.
/// </summary>
[Trait("Category", "Slow")]
public sealed class PlaywrightLoadTests : IDisposable
{
    private readonly string _tool = Path.Combine(Path.GetTempPath(), "staticmap-noplaywright-" + Guid.NewGuid().ToString("N")[..12]);

    public PlaywrightLoadTests()
    {
        var source = AppContext.BaseDirectory;
        Directory.CreateDirectory(_tool);
        foreach (var file in Directory.EnumerateFiles(source, "*.dll").Concat(Directory.EnumerateFiles(source, "StaticMap.*.json")))
            if (Path.GetFileName(file) != "Microsoft.Playwright.dll") File.Copy(file, Path.Combine(_tool, Path.GetFileName(file)));
        // The theme, and the native libraries the share cards and chart images are drawn with (SkiaSharp, HarfBuzz).
        foreach (var file in new[] { "theme", "runtimes" }.Where(f => Directory.Exists(Path.Combine(source, f)))
                     .SelectMany(f => Directory.EnumerateFiles(Path.Combine(source, f), "*", SearchOption.AllDirectories)))
        {
            var target = Path.Combine(_tool, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose()
    {
        try { Directory.Delete(_tool, true); } catch (IOException) { }
    }

    [Fact]
    public void Every_command_but_pdf_runs_without_Playwright()
    {
        using var site = TestSite.Valid();
        Assert.False(File.Exists(Path.Combine(_tool, "Microsoft.Playwright.dll")));
        var (code, stdout, error) = Tool("check", "--root", site.Root);
        Assert.True(code == 0, $"check: exit {code}\n{stdout}\n{error}");
        (code, stdout, error) = Tool("build", "--root", site.Root, "--output", site.Output);
        Assert.True(code == 0, $"build: exit {code}\n{stdout}\n{error}");
        Assert.True(File.Exists(Path.Combine(site.Output, "test-county", "print", "index.html")));
        (code, stdout, _) = Tool("rules");
        Assert.Equal(0, code);
        Assert.StartsWith("# Rule reference", stdout);
    }

    [Fact]
    public void Pdf_without_Playwright_says_so_without_a_stack_trace()
    {
        var chromium = StaticMap.Cli.Commands.PdfCommand.FindChromium(out _) ?? "/bin/sh"; // never started: Playwright is missing first
        using var site = TestSite.Valid();
        var output = Path.Combine(site.Root, "plan.pdf");
        var (code, stdout, error) = Tool(new Dictionary<string, string?> { ["STATICMAP_CHROMIUM"] = chromium }, "pdf", "test-county", "--root", site.Root, "--output", output);
        Assert.True(code == 1, $"exit {code}\n{stdout}\n{error}");
        Assert.Contains($"staticmap: cannot make a PDF: Microsoft.Playwright.dll is missing beside {Path.Combine(_tool, "StaticMap.dll")}; install StaticMap again.", error);
        Assert.DoesNotContain("   at ", error);
        Assert.False(File.Exists(output));
    }

    private (int, string, string) Tool(params string[] args) => Tool(new Dictionary<string, string?>(), args);

    private (int, string, string) Tool(Dictionary<string, string?> environment, params string[] args)
    {
        var start = StartInfo(args);
        start.ArgumentList[0] = Path.Combine(_tool, "StaticMap.dll");
        start.Environment["CI"] = "1";
        foreach (var (name, value) in environment) start.Environment[name] = value;
        return ProcessRunner.Run(start, TimeSpan.FromMinutes(2), string.Join(' ', args));
    }
}
