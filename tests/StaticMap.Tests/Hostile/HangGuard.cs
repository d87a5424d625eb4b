namespace StaticMap.Tests.Hostile;

/// <summary>
/// Hostile inputs built to be slow (huge files, thousands of ids, deep nesting) must finish, not hang. These are hang
/// guards, not speed targets (speed is measured by bench/): the limit is generous, and the tests run on their own so
/// that other tests do not slow them down.
/// </summary>
public static class HangGuard
{
    public const string Collection = "Hang guards (run alone)";

    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);
}

[CollectionDefinition(HangGuard.Collection, DisableParallelization = true)]
public sealed class HangGuardCollection;
