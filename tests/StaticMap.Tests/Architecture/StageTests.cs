using System.Text.RegularExpressions;
using StaticMap.Core;
using StaticMap.Core.Pipeline;
using StaticMap.Core.Rendering;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Architecture;

/// <summary>
/// One run for every caller (docs/architecture.md, "The build"): the stages are objects only <see cref="BuildPipeline"/>
/// builds and runs, in the one order written there; build, check, serve, diff, progress and the stage profiler go
/// through <see cref="BuildPipeline.Run"/> or watch it, and never call a stage themselves.
/// </summary>
public sealed partial class StageTests
{
    /// <summary>The order of a build's stages as an observer sees them.</summary>
    private static readonly string[] Order =
        [StageNames.Read, StageNames.Parse, StageNames.Metrics, StageNames.DataValues, StageNames.Links, StageNames.Theme, StageNames.Validate,
         StageNames.StaticFiles, StageNames.Render, StageNames.Commit];

    /// <summary>What a stage object does, called by name: allowed only in Pipeline/ and in the folder that defines it.</summary>
    private static readonly (string Call, string Home)[] StageWork =
    [
        ("SiteParser.ParsePages(", "src/StaticMap.Core/Parsing/"),
        ("PlanParser.Parse(", "src/StaticMap.Core/Parsing/"),
        ("MobilityData.Load(", "src/StaticMap.Core/Metrics/"),
        ("LocalData.Load(", "src/StaticMap.Core/Metrics/"),
        ("DataValues.Fill(", "src/StaticMap.Core/Progress/"),
        ("new LinkResolver(", "src/StaticMap.Core/Model/"),
        ("Theme.Load(", "src/StaticMap.Core/Rendering/Templates/"),
        ("Theme.LoadStrings(", "src/StaticMap.Core/Rendering/Templates/"),
        ("Validator.Validate", "src/StaticMap.Core/Validation/"),
        ("StaticFiles.Copy", "src/StaticMap.Core/Writing/"),
        ("SiteRenderer.Write(", "src/StaticMap.Core/Rendering/"),
    ];

    /// <summary>The stage objects (internal to StaticMap.Core.Pipeline.Stages: every type that is an IStage), by name.</summary>
    private static readonly string[] StageTypes = typeof(BuildPipeline).Assembly.GetTypes()
        .Where(t => t.GetInterface("StaticMap.Core.Pipeline.Stages.IStage") is not null || t.FullName == "StaticMap.Core.Pipeline.Stages.IStage")
        .Select(t => t.Name.Split('`')[0]).Distinct().ToArray();

    [GeneratedRegex(@"\bStageNames\.(?<name>\w+)")]
    private static partial Regex StageName();

    [GeneratedRegex(@"\bnew\s+(?<name>\w+Stage)\s*\(")]
    private static partial Regex NewStage();

    [Fact]
    public void No_file_outside_the_pipeline_calls_a_stage_or_writes_the_stage_order()
    {
        Assert.Contains("ReadStage", StageTypes);
        Assert.Contains("CommitStage", StageTypes);
        Assert.DoesNotContain("Change", StageTypes);
        var offences = new List<string>();
        foreach (var (relative, text) in SourceFiles())
            offences.AddRange(Offences(relative, text));
        Assert.True(offences.Count == 0, "Every caller goes through BuildPipeline.Run (docs/architecture.md, \"The build\"):\n" + string.Join("\n", offences));
    }

    [Fact]
    public void A_stage_called_from_outside_the_pipeline_is_named_with_the_file()
    {
        const string text = "class P { void M() { var t = BuildPipeline.LoadTheme(r, null, d); SiteRenderer.Write(c, t, o, d); " +
                            "var s = StageNames.Read + StageNames.Parse + StageNames.Validate; } }";
        Assert.Equal(
        [
            "bench/StageProfiler/Program.cs calls SiteRenderer.Write(, the render stage's work, outside the pipeline",
            "bench/StageProfiler/Program.cs names 3 stages (parse, read, validate): the stage order is BuildPipeline's alone",
        ], Offences("bench/StageProfiler/Program.cs", text));
        Assert.Equal(["src/StaticMap.Core/Preview/X.cs uses ReadStage, a stage object, outside the pipeline"],
            Offences("src/StaticMap.Core/Preview/X.cs", "class X { object r = new ReadStage(\"root\"); }"));
        Assert.Equal(["src/StaticMap.Core/Pipeline/SiteBuilder.cs builds the ParseStage stage: only BuildPipeline builds the stages, in their order"],
            Offences("src/StaticMap.Core/Pipeline/SiteBuilder.cs", "class X { object p = new ParseStage(o); }"));
    }

    [Fact]
    public void A_build_runs_every_stage_once_in_order_and_a_check_stops_after_validation()
    {
        using var site = TestSite.Valid();
        var built = new Watcher();
        var diagnostics = new Core.Diagnostics.DiagnosticBag();
        var run = new BuildPipeline(site.Root, new SiteOptions(), TestSite.ThemeFolder, built)
            .Run(Changes.Everything, site.OutputTarget());
        Assert.False(run.HasErrors, string.Join("\n", run.Diagnostics));
        Assert.True(run.Written);
        Assert.Equal(Order, built.Finished);

        var checkedOnly = new Watcher();
        var check = new BuildPipeline(site.Root, new SiteOptions(), TestSite.ThemeFolder, checkedOnly).Run(Changes.Everything);
        Assert.False(check.Written);
        // The render stage is asked, finds no target and writes nothing: no static files, no commit.
        Assert.Equal(Order.Except([StageNames.StaticFiles, StageNames.Commit]), checkedOnly.Finished);
    }

    [Fact]
    public void An_observer_that_asks_is_told_of_each_rule_and_each_template()
    {
        using var site = TestSite.Valid();
        var watcher = new Watcher { ObservesSteps = true };
        var run = new BuildPipeline(site.Root, new SiteOptions(), TestSite.ThemeFolder, watcher).Run(Changes.Everything, site.OutputTarget());
        Assert.True(run.Written);
        Assert.Contains((StageNames.Validate, "PlaceholderText"), watcher.Steps);
        Assert.Contains((StageNames.Render, "layouts/component.sbn-html"), watcher.Steps);
        Assert.DoesNotContain(watcher.Steps, s => s.Stage is not (StageNames.Validate or StageNames.Render));
    }

    private static IEnumerable<(string Relative, string Text)> SourceFiles()
    {
        foreach (var folder in new[] { "src", "bench" })
            foreach (var path in Directory.EnumerateFiles(Path.Combine(Repository.Root, folder), "*.cs", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(Repository.Root, path).Replace(Path.DirectorySeparatorChar, '/');
                if (relative.Contains("/obj/", StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal)) continue;
                yield return (relative, File.ReadAllText(path));
            }
    }

    private static List<string> Offences(string relative, string text)
    {
        var offences = new List<string>();
        var inPipeline = relative.StartsWith("src/StaticMap.Core/Pipeline/", StringComparison.Ordinal);
        var code = string.Join("\n", text.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));
        if (!inPipeline)
        {
            foreach (var type in StageTypes.Where(t => Regex.IsMatch(code, $@"\b{t}\b")))
                offences.Add($"{relative} uses {type}, a stage object, outside the pipeline");
            foreach (var (call, home) in StageWork.Where(w => code.Contains(w.Call, StringComparison.Ordinal) && !relative.StartsWith(w.Home, StringComparison.Ordinal)))
                offences.Add($"{relative} calls {call}, the {StageOf(call)} stage's work, outside the pipeline");
        }
        else if (!relative.EndsWith("/Pipeline/BuildPipeline.cs", StringComparison.Ordinal))
            foreach (Match m in NewStage().Matches(code))
                offences.Add($"{relative} builds the {m.Groups["name"].Value} stage: only BuildPipeline builds the stages, in their order");
        // A stage's own file names its stage (and a part of it); three names in one file are an order written down.
        var names = StageName().Matches(code).Select(m => m.Groups["name"].Value).Distinct().Order(StringComparer.Ordinal).ToList();
        if (names.Count > 2 && !relative.EndsWith("/Pipeline/IStageObserver.cs", StringComparison.Ordinal))
            offences.Add($"{relative} names {names.Count} stages ({string.Join(", ", names.Select(n => n.ToLowerInvariant()))}): the stage order is BuildPipeline's alone");
        return offences;
    }

    private static string StageOf(string call) => call switch
    {
        "SiteParser.ParsePages(" or "PlanParser.Parse(" => StageNames.Parse,
        "MobilityData.Load(" or "LocalData.Load(" => StageNames.Metrics,
        "DataValues.Fill(" => StageNames.DataValues,
        "new LinkResolver(" => StageNames.Links,
        "Theme.Load(" or "Theme.LoadStrings(" => StageNames.Theme,
        "Validator.Validate" => StageNames.Validate,
        "StaticFiles.Copy" => StageNames.StaticFiles,
        _ => StageNames.Render,
    };

    private sealed class Watcher : IStageObserver
    {
        public List<string> Finished { get; } = [];

        public List<(string Stage, string Step)> Steps { get; } = [];

        public bool ObservesSteps { get; init; }

        public void Starting(string stage)
        {
        }

        void IStageObserver.Finished(string stage, TimeSpan elapsed)
        {
            // The static files are a part of render, reported inside it: as a row, they finish before it.
            Finished.Add(stage);
        }

        public void Step(string stage, string step, TimeSpan elapsed) => Steps.Add((stage, step));
    }
}
