using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Metrics.Reading;

/// <summary>
/// Reports the problems of one CSV file, at most <see cref="Limit"/> of them and then one summary,
/// so that a file broken throughout does not bury every other diagnostic.
/// </summary>
internal sealed class ProblemReporter(string path, DiagnosticBag diagnostics, Func<SourceSpan, string, Diagnostic> create)
{
    public const int Limit = 20;
    private int _count;

    public string Path => path;

    public int Count => _count;

    public void Report(int line, int column, string message)
    {
        var n = ++_count;
        if (n <= Limit) diagnostics.Add(create(new SourceSpan(path, Math.Max(1, line), Math.Max(1, column)), message));
    }

    /// <summary>Adds the summary of the problems past the limit, if there were any.</summary>
    public void Finish()
    {
        if (_count > Limit)
            diagnostics.Add(create(SourceSpan.File(path),
                $"{_count - Limit} more problems like the ones above were not listed; fix those and build again to see the rest"));
    }
}
