using System.Text;
using StaticMap.Core;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Rendering;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Conformance;

/// <summary>A generated repository written to a temporary folder, checked or built in-process, then deleted.</summary>
public sealed class ConformanceRun : IDisposable
{
    public ConformanceRun(GeneratedRepository repository, Choices choices)
    {
        Repository = repository;
        Choices = choices;
        Root = Path.Combine(Path.GetTempPath(), "staticmap-conformance-" + Guid.NewGuid().ToString("N"));
        Written = repository.WriteTo(Root);
    }

    public GeneratedRepository Repository { get; }
    public Choices Choices { get; }
    public string Root { get; }
    public IReadOnlyDictionary<string, WrittenFile> Written { get; }

    /// <summary>Validation only (what `staticmap check` does), drafts included.</summary>
    public BuildResult Check() => SiteBuilder.Check(Root, new SiteOptions(IncludeDrafts: true) { Clock = TestClock.Provider }).Result;

    /// <summary>The whole build into a temporary output folder, as `staticmap build` does (drafts left out, no search index).</summary>
    public BuildResult Build() =>
        SiteBuilder.Build(new BuildRequest(Root, Path.Combine(Root, "_site"), new SiteOptions { Clock = TestClock.Provider }, TestSite.ThemeFolder, Search: false));

    /// <summary>The failure message: the diagnostics, how to replay, and every generated file with line numbers.</summary>
    public string Explain(string headline, IEnumerable<Diagnostic> diagnostics)
    {
        var sb = new StringBuilder();
        sb.Append(headline).Append('\n');
        foreach (var d in diagnostics) sb.Append("  ").Append(d).Append('\n');
        sb.Append("Repository: ").Append(Repository.Description).Append('\n');
        sb.Append("Decisions: ").Append(Choices).Append('\n');
        sb.Append("Replay: FsCheck prints the seed below as 'Replay: (…)'; put it in the property's attribute, e.g. ")
            .Append("[Property(Replay = \"(123,456)\", …)], to run the same cases again.\n");
        sb.Append("Files written:\n").Append(GeneratedRepository.Listing(Written));
        return sb.ToString();
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
