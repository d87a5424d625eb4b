using System.Text.Json;

namespace StaticMap.Tests.Pipeline;

/// <summary>
/// The collector settings the staticmap command ships with (its runtimeconfig.json, from src/StaticMap/StaticMap.csproj),
/// each of which holds a 1,000-plan build's peak memory down (docs/performance.md, "Memory at 1,000 plans": the first
/// generation's budget, and the page HTML kept out of the large object heap). Removing one is a change of that peak, to be
/// measured, not a tidy-up.
/// </summary>
public sealed class CollectorSettingsTests
{
    [Theory]
    // By default the first generation's budget follows the L3 cache (130-200 MiB on a server CPU), all of it committed.
    [InlineData("System.GC.Gen0MaxBudget", 16L << 20)]
    // A page's HTML (100-500 KB) died in the large object heap, swept only by full collections, never compacted.
    [InlineData("System.GC.LOHThreshold", 1L << 20)]
    public void The_command_ships_the_collector_setting_that_holds_a_builds_peak_down(string setting, long value)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "StaticMap.runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(path));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        Assert.True(properties.TryGetProperty(setting, out var found), $"{path} has no {setting}");
        Assert.Equal(value, found.GetInt64());
    }
}
