using System.Text.RegularExpressions;
using StaticMap.Tests.Support;
using Xunit;

namespace StaticMap.Tests.Packaging;

/// <summary>
/// The pull-request workflow keeps StaticMap as .ci/staticmap publishes it (artifacts/staticmap) in an actions/cache whose
/// key hashes the files it is published from. The script decides by its own list of those files (<c>sources=(…)</c>): a file
/// it hashes that the key does not name would restore a folder the script then publishes over on every run, and the cache,
/// hit, would never be saved again (docs/deploy.md, "The build cache").
/// </summary>
public sealed partial class PublishCacheKeyTests
{
    [Fact]
    public void The_workflow_caches_the_publish_under_a_key_of_every_file_the_script_publishes_from()
    {
        var script = File.ReadAllText(Path.Combine(Repository.Root, ".ci", "staticmap"));
        var workflow = File.ReadAllText(Path.Combine(Repository.Root, ".github", "workflows", "pull-request.yml"));

        var sources = SourcesLine().Match(script);
        Assert.True(sources.Success, ".ci/staticmap no longer lists its sources as sources=(…)");
        var step = CacheStep().Match(workflow);
        Assert.True(step.Success, "pull-request.yml has no actions/cache step for artifacts/staticmap");
        var key = step.Groups["key"].Value;

        Assert.Contains("hashFiles(", key);
        foreach (var source in sources.Groups["list"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var named = Directory.Exists(Path.Combine(Repository.Root, source)) ? $"'{source}/**'" : $"'{source}'";
            Assert.True(key.Contains(named, StringComparison.Ordinal), $"the cache key does not hash {named}, which .ci/staticmap publishes from: {key}");
        }
        // Restored before the first call of the script, so the check does not publish either.
        Assert.True(step.Index < workflow.IndexOf("bash .ci/staticmap check", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^sources=\((?<list>[^)]*)\)", RegexOptions.Multiline)]
    private static partial Regex SourcesLine();

    [GeneratedRegex(@"uses: actions/cache@v\d+\s+with:\s+path: artifacts/staticmap\s+key: (?<key>[^\n]+)")]
    private static partial Regex CacheStep();
}
