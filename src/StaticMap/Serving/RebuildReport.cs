using System.Globalization;
using StaticMap.Cli.Output;
using StaticMap.Core.Preview;

namespace StaticMap.Cli.Serving;

/// <summary>
/// What <c>staticmap serve</c> prints after each rebuild: every error, the warnings not printed before (a repository with
/// thousands of warnings does not get them all again on every save), and the summary, which says how many were not
/// repeated. Made as one string, written with one call.
/// </summary>
public sealed class RebuildReport
{
    private HashSet<string> _shown = new(StringComparer.Ordinal);

    public string Text(PreviewUpdate update)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        var warnings = new HashSet<string>(StringComparer.Ordinal);
        var repeated = 0;
        foreach (var d in update.Result.Diagnostics)
        {
            var line = DiagnosticFormatter.OneLine(d.ToString());
            if (!d.IsError && (!warnings.Add(line) | _shown.Contains(line)))
            {
                repeated++;
                continue;
            }
            text.WriteLine(line);
        }
        _shown = warnings;
        var outcome = update.SiteChanged ? $"rebuilt {update.Scope}" : "kept the last good site";
        var notRepeated = repeated switch
        {
            0 => "",
            1 => " (1 warning printed before is not repeated)",
            _ => $" ({repeated.ToString("N0", CultureInfo.GetCultureInfo("en-US"))} warnings printed before are not repeated)",
        };
        text.WriteLine($"{DiagnosticFormatter.Summary(update.Result)}: {outcome}{notRepeated}");
        return text.ToString();
    }
}
