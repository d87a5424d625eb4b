using StaticMap.Core.Diagnostics;
using StaticMap.Core.Pipeline;
using StaticMap.Core.Model;

namespace StaticMap.Tests.Caching;

/// <summary>
/// What the build cache's tests share: a scratch folder of their own, deleted after each test, with the cache folder a warm
/// build uses and the output folder of the cold build (without the cache) it is compared with; and the diagnostics as they
/// are compared, one line each with its severity.
/// </summary>
public abstract class CacheScratch(string name) : IDisposable
{
    /// <summary>The test's scratch folder (not made until a build or the test writes in it).</summary>
    protected string Scratch { get; } = Path.Combine(Path.GetTempPath(), $"staticmap-{name}-test-" + Guid.NewGuid().ToString("N"));

    /// <summary>The build cache folder (<c>build</c>'s .staticmap/cache/).</summary>
    protected string CacheFolder => Path.Combine(Scratch, "cache");

    /// <summary>Where a build without the cache writes, to be compared with the warm build's site.</summary>
    protected string ColdOutput => Path.Combine(Scratch, "cold");

    public void Dispose()
    {
        try { Directory.Delete(Scratch, recursive: true); }
        catch (IOException) { }
        GC.SuppressFinalize(this);
    }

    /// <summary>Runs <paramref name="build"/> (a build or a check) and shows <paramref name="see"/> each site its parse stage gives.</summary>
    protected static T Parsed<T>(Func<T> build, Action<SiteInput> see)
    {
        BuildPipeline.AfterParse.Value = parsed =>
        {
            see(parsed);
            return parsed;
        };
        try
        {
            return build();
        }
        finally
        {
            BuildPipeline.AfterParse.Value = null;
        }
    }

    /// <summary>Each diagnostic with its severity: a warm build's list equals a cold build's line for line.</summary>
    protected static List<string> Lines(IEnumerable<Diagnostic> diagnostics) => diagnostics.Select(d => $"{d.Severity} {d}").ToList();
}
