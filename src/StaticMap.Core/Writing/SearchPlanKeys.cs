namespace StaticMap.Core.Writing;

/// <summary>
/// What a search bucket's key (<see cref="SearchBundles.Key(string, SearchSource, string, int, SearchPlanKeys)"/>) takes
/// of the build cache: each plan's key (<c>Caching/PlanKeys</c>, a SHA-256 over every input of the plan's pages, so two
/// builds with the same key write the same pages and the same trimmed copies of them) and the plan's folders in the site
/// ("alameda-county", "es/alameda-county"), whose trimmed pages the key stands for without their being read.
/// </summary>
/// <param name="keys">The key of each plan the build cache keys, by plan id.</param>
/// <param name="folders">Each of those plans' folders in the site, relative, '/'-separated.</param>
public sealed class SearchPlanKeys(IReadOnlyDictionary<string, string> keys, IReadOnlyDictionary<string, IReadOnlyList<string>> folders)
{
    public IReadOnlyDictionary<string, string> Keys { get; } = keys;
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Folders { get; } = folders;

    /// <summary>
    /// The keyed plans whose pages are in <paramref name="bucket"/> (every folder of the plan routed there), by id in
    /// ordinal order. A plan with a folder in another bucket is left out: its pages are hashed as they are.
    /// </summary>
    public IReadOnlyList<(string Plan, string Key)> InBucket(int bucket, SearchSource source)
    {
        lock (_byBucket)
        {
            if (_byBucket.Count == 0)
                foreach (var (plan, key) in Keys.OrderBy(k => k.Key, StringComparer.Ordinal))
                {
                    if (!Folders.TryGetValue(plan, out var folders) || folders.Count == 0) continue;
                    var first = source.BucketOf(folders[0] + "/");
                    if (folders.Any(f => source.BucketOf(f + "/") != first)) continue;
                    if (!_byBucket.TryGetValue(first, out var list)) _byBucket[first] = list = [];
                    list.Add((plan, key));
                }
            return _byBucket.TryGetValue(bucket, out var found) ? found : [];
        }
    }

    private readonly Dictionary<int, List<(string Plan, string Key)>> _byBucket = [];
}
