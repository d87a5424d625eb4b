using System.Text.Json;

namespace StaticMap.Tests.Pipeline;

/// <summary>
/// The JIT setting the staticmap command ships with (its runtimeconfig.json, from src/StaticMap/StaticMap.csproj): a
/// method is compiled again, optimised, after 4,096 calls instead of .NET's 30, so that a build does not compile most of
/// its precompiled (ReadyToRun) code a second time (docs/performance.md, "2026-12-08, runtime11": a cold 103-plan build's
/// CPU). Removing it is a change of a build's CPU, to be measured, not a tidy-up.
/// </summary>
public sealed class TieringSettingsTests
{
    [Fact]
    public void The_command_compiles_a_method_again_only_after_4096_calls()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "StaticMap.runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(path));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        Assert.True(properties.TryGetProperty("System.Runtime.TieredCompilation.CallCountThreshold", out var found),
            $"{path} has no System.Runtime.TieredCompilation.CallCountThreshold");
        Assert.Equal(4096, found.GetInt32());
    }
}
