using System.Runtime.CompilerServices;
using StaticMap.Core.Progress;

namespace StaticMap.Tests.Support;

/// <summary>
/// Every test runs as if today were <see cref="Today"/> (through STATICMAP_TODAY, which the CLI processes the tests start
/// inherit), so that the overdue-report warning (MAP037) does not appear in the fixtures as the years pass. A test of
/// the overdue rule sets its own date through <see cref="StaticMap.Core.Rendering.SiteOptions.Calendar"/> or --today.
/// </summary>
internal static class TestClock
{
    public const string Today = "2025-06-01";

#pragma warning disable CA2255 // a test assembly is the place for this
    [ModuleInitializer]
    internal static void Initialize()
    {
        Environment.SetEnvironmentVariable(ReportingCalendar.TodayVariable, Today);
        Environment.SetEnvironmentVariable(ReportingCalendar.GraceVariable, null);
    }
#pragma warning restore CA2255
}
