using StaticMap.Core.Diagnostics;
using StaticMap.Core.Metrics;
using Xunit;

namespace StaticMap.Tests.Metrics;

/// <summary>
/// The start-up warm-up reads two small Mobility Metrics files held in memory (<see cref="MobilityData.WarmUp"/>) so that a
/// check's metrics stage does not pay the CSV reader's first use: they must be read as real files are, every row kept, or
/// the warm-up warms a path the metrics stage does not take (docs/performance.md, "Start-up", startup3).
/// </summary>
public sealed class MetricsWarmUpTests
{
    [Fact]
    public void The_warm_up_files_are_read_as_Mobility_Metrics_files_without_a_problem()
    {
        var diagnostics = new DiagnosticBag();

        var observations = MobilityData.WarmUpFiles(diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        // 2014-2022: two rows of share_employed (everyone, and a quoted subgroup) and one of pctl_income_20 (Alameda's) a year.
        Assert.Equal(9 * 3, observations);
    }
}
