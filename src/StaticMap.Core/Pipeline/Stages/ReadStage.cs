using StaticMap.Core.Diagnostics;
using StaticMap.Core.Reading;

namespace StaticMap.Core.Pipeline.Stages;

/// <summary>
/// Read: lists the repository's folders (plans/, input/) into a <see cref="RepositoryLayout"/>. Cache: the layout of the
/// last run; a change inside a plan lists that plan's folder again, a change under input/ input/ again, and a plan folder
/// that appeared or went away (or a full run) everything.
/// </summary>
internal sealed class ReadStage(string root) : PipelineStage<RunStart, ReadOutput>
{
    private RepositoryLayout? _layout;

    public override string Name => StageNames.Read;

    /// <summary>The layout the last run read, against which the next run's changed paths are sorted.</summary>
    public RepositoryLayout? Layout => _layout;

    public override void Invalidate(Change change)
    {
        if (change.Everything || change.PlanSetChanged) _layout = null;
    }

    public override ReadOutput Run(RunStart input, RunContext run)
    {
        var change = run.Change;
        var diagnostics = new DiagnosticBag();
        if (_layout is null)
            _layout = RepositoryScanner.Scan(root, diagnostics);
        else if (change.Input)
            _layout = RepositoryScanner.ScanInput(_layout, diagnostics);
        var full = change.Everything || change.PlanSetChanged;

        var touched = new List<string>();
        var planFiles = new List<PlanFiles>();
        foreach (var files in _layout.Plans)
        {
            var current = files;
            var stale = full || change.Plans.Contains(files.Id);
            if (stale && !full) current = RepositoryScanner.ScanPlan(root, files.Folder, diagnostics);
            planFiles.Add(current);
            if (stale) touched.Add(files.Id);
        }
        _layout = _layout with { Plans = [.. planFiles] };
        return new ReadOutput(_layout, touched, diagnostics.ToSortedList());
    }
}
