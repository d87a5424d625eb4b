using System.CommandLine;
using StaticMap.Cli.Output;
using StaticMap.Core;
using StaticMap.Core.Rendering;
using StaticMap.Core.Writing;
using StaticMap.Core.Caching;

namespace StaticMap.Cli.Commands;

public static class BuildCommand
{
    public static Command Create(StaticMapRegistry registry)
    {
        var root = CommonOptions.Root();
        var output = new Option<DirectoryInfo?>("--output", "-o")
        {
            Description = "Where to write the site [default: _site in the repository]",
        };
        var drafts = CommonOptions.Drafts();
        var baseUrl = CommonOptions.BaseUrl();
        var noIndex = new Option<bool>("--noindex") { Description = "Mark every page noindex (for deploy previews)" };
        var theme = CommonOptions.Theme();
        var admin = new Option<bool>("--admin") { Description = "Write the browser editor too, at /admin/ (docs/coalition-workflow.md)" };
        var noCache = new Option<bool>("--no-cache")
        {
            Description = "Render every plan and draw every image, without the build cache in .staticmap/cache/ (which reuses the outputs of plans that did not change since the last build) or the image cache",
        };
        var command = new Command("build", "Validate every plan, then write the site; on any error, exit 1 and leave the output folder as it was")
        {
            root, output, drafts, baseUrl, noIndex, theme, admin, noCache,
        };
        var reporting = new ReportingOptions();
        reporting.AddTo(command);
        command.SetAction(result =>
        {
            if (!CommonOptions.TryRoot(result, root, out var rootPath)) return CommonOptions.UsageError;
            if (!CommonOptions.TryTheme(result, theme, out _)) return CommonOptions.UsageError;
            var outputPath = result.GetValue(output)?.FullName ?? Path.Combine(rootPath, "_site");
            // The guard is Core's (SiteBuilder.Build applies it for every caller); here it only turns a refusal into a usage error.
            var target = OutputGuard.Check(outputPath, rootPath, out var reason, result.GetValue(theme)?.FullName);
            if (target is null)
                return CommonOptions.Usage($"will not write the site to {outputPath}: {reason}");
            var url = result.GetValue(baseUrl);
            if (url is not null && CommonOptions.BaseUrlProblem(url) is { } problem) return CommonOptions.Usage(problem);

            if (reporting.Resolve(result, out var dateProblem) is not { } calendar) return CommonOptions.Usage(dateProblem!);

            var request = new BuildRequest(rootPath, outputPath,
                new SiteOptions(result.GetValue(drafts), url, result.GetValue(noIndex), calendar) { Admin = result.GetValue(admin), Registry = registry },
                result.GetValue(theme)?.FullName, CacheFolder: result.GetValue(noCache) ? null : BuildCache.FolderIn(rootPath));
            // Share cards drawn by an earlier build with the same words and look are taken from the image cache; --no-cache
            // draws every one (nothing of an earlier build is reused, docs/cli.md#the-build-cache).
            StaticMap.Core.Rendering.Cards.CardPainter.Cache = result.GetValue(noCache) ? null
                : StaticMap.Core.Rendering.Cards.CardPainter.Cache ?? StaticMap.Core.Writing.ImageCacheFolder.FromEnvironment();
            var build = Progress.Run("Building the site", () => SiteBuilder.Build(request));
            DiagnosticFormatter.Write(Console.Out, build, DiagnosticFormat.Text);
            Console.Out.WriteLine(DiagnosticFormatter.Summary(build));
            foreach (var note in build.Notes) Console.Out.WriteLine(note);
            if (build.Succeeded)
                Console.Out.WriteLine(target.FollowedLink
                    ? $"Site written to {target.RealPath} (through the symbolic link {Path.GetRelativePath(Environment.CurrentDirectory, outputPath)}, which was followed and kept)"
                    : $"Site written to {Path.GetRelativePath(Environment.CurrentDirectory, outputPath)}");
            else Console.Out.WriteLine("Nothing was written: fix the errors above and build again.");
            return build.Succeeded ? CommonOptions.Success : CommonOptions.ProblemsFound;
        });
        return command;
    }
}
