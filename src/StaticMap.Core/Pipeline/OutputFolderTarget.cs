using StaticMap.Core.Rendering.Templates;
using StaticMap.Core.Writing;
using StaticMap.Core.Rendering;

namespace StaticMap.Core.Pipeline;

/// <summary>
/// A build's target: a temporary folder next to the output folder the guard accepted, swapped in on commit (after the
/// Pagefind index is built), so any error leaves the previous site byte for byte.
/// </summary>
public sealed class OutputFolderTarget(OutputTarget target, string display, bool search) : ISiteTarget
{
    private readonly List<string> _notes = [];

    public string Display => display;

    /// <summary>What the build wants the user to know that is not a problem in the plans, e.g. whether search was indexed.</summary>
    public IReadOnlyList<string> Notes => _notes;

    public ISiteOutput Open(IReadOnlySet<string>? replacing) =>
        replacing is null ? OutputFolder.Create(target) : throw new NotSupportedException("A build writes the whole site.");

    public void Commit(ISiteOutput output, Theme theme)
    {
        var folder = (OutputFolder)output;
        StartupTimings.Mark("search index");
        if (search) _notes.Add(SearchIndex.Build(folder.TempPath, theme.Folder));
        StartupTimings.Mark("search index done");
        folder.Commit();
        if (target.FollowedLink)
            _notes.Add($"output: {display} is a symbolic link; it was followed and the site written into {target.RealPath} (the link is kept)");
    }
}
