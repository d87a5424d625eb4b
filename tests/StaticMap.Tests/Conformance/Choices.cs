using FsCheck;
using FsCheck.Fluent;

namespace StaticMap.Tests.Conformance;

/// <summary>
/// The generator's decisions, as a stream of numbers FsCheck generates and shrinks. Every decision reads the next
/// number; a missing number reads as 0, and 0 always means the simplest option (the first in a list, a feature left
/// out), so FsCheck shrinking the array (cutting it short, zeroing runs of it) shrinks the repository too.
/// </summary>
public sealed class Choices(int[] values)
{
    private int _next;

    public int[] Values { get; } = values;

    /// <summary>How many decisions were read.</summary>
    public int Used => _next;

    /// <summary>0 ≤ result &lt; n.</summary>
    public int Next(int n)
    {
        var v = _next < Values.Length ? Values[_next] : 0;
        _next++;
        return n <= 1 ? 0 : (int)((uint)v % (uint)n);
    }

    public int Between(int low, int high) => low + Next(high - low + 1);

    /// <summary>True with about <paramref name="percent"/>% chance; false for 0 (the simplest).</summary>
    public bool Chance(int percent) => Next(100) >= 100 - percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    public List<T> Shuffle<T>(IEnumerable<T> items)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
        return list;
    }

    /// <summary>Between min and max distinct items, in a random order.</summary>
    public List<T> Some<T>(IReadOnlyList<T> items, int min, int max) =>
        Shuffle(items).Take(Math.Min(items.Count, Between(min, Math.Min(max, items.Count)))).ToList();

    public Choices Restart() => new(Values);

    public override string ToString() =>
        $"Choices[{Values.Length}] {string.Join(",", Values.Take(8))}{(Values.Length > 8 ? ",…" : "")} (hash {Hash():x8})";

    private uint Hash()
    {
        var h = 2166136261u;
        foreach (var v in Values) h = (h ^ (uint)v) * 16777619u;
        return h;
    }
}

/// <summary>The FsCheck arbitrary for <see cref="Choices"/>, with a shrinker bounded to about 75 candidates per step.</summary>
public static class ConformanceArbitraries
{
    public const int Length = 8000;

    public static Arbitrary<Choices> Choices() =>
        Arb.From(Gen.Choose(0, 1 << 30).ArrayOf(Length).Select(a => new Choices(a)), Shrink);

    private static IEnumerable<Choices> Shrink(Choices c)
    {
        var a = c.Values;
        // Cut the stream short: every later decision becomes the simplest.
        for (var len = a.Length / 2; len >= 1; len /= 2) yield return new Choices(a[..len]);
        // Zero a run of decisions.
        for (var size = Math.Max(1, a.Length / 4); size >= Math.Max(4, a.Length / 32); size /= 2)
        {
            for (var start = 0; start < a.Length; start += size)
            {
                if (a.Skip(start).Take(size).All(v => v == 0)) continue;
                var b = (int[])a.Clone();
                Array.Clear(b, start, Math.Min(size, a.Length - start));
                yield return new Choices(b);
            }
        }
    }
}
