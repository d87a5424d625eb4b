using System.Globalization;

namespace StaticMap.Tests.Support;

/// <summary>
/// The date every test runs on, so that the overdue-report warning (MAP037) does not appear in the fixtures as the years
/// pass: in process a fixed <see cref="TimeProvider"/> in the build's options (<c>new SiteOptions { Clock = TestClock.Provider }</c>),
/// and for the command run as a process STATICMAP_TODAY, which <see cref="StaticMapProcess"/> sets. A test of the overdue
/// rule sets its own date through <see cref="StaticMap.Core.Rendering.SiteOptions.Calendar"/>, its own clock, or --today.
/// </summary>
public static class TestClock
{
    public const string Today = "2025-06-01";

    /// <summary>A clock stopped at noon UTC on <see cref="Today"/>.</summary>
    public static readonly TimeProvider Provider = At(Today);

    /// <summary>A clock stopped at noon UTC on <paramref name="date"/> (YYYY-MM-DD).</summary>
    public static TimeProvider At(string date) =>
        new Fixed(DateTimeOffset.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).AddHours(12));

    private sealed class Fixed(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
