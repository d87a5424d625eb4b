namespace StaticMap.Bench.CorpusGenerator;

/// <summary>Choices from a seeded <see cref="Random"/>, so the same seed always writes the same corpus.</summary>
public static class RandomPicks
{
    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>Up to <paramref name="count"/> different items, in the order they were drawn.</summary>
    public static List<T> PickSome<T>(this Random random, IReadOnlyList<T> items, int count)
    {
        var indexes = Enumerable.Range(0, items.Count).ToList();
        var picked = new List<T>();
        for (var i = 0; i < Math.Min(count, items.Count); i++)
        {
            var at = random.Next(indexes.Count);
            picked.Add(items[indexes[at]]);
            indexes.RemoveAt(at);
        }
        return picked;
    }
}
