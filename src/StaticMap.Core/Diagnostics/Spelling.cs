namespace StaticMap.Core.Diagnostics;

/// <summary>Suggests the closest known word for a misspelled one ("finding" → "findings").</summary>
public static class Spelling
{
    /// <returns>The closest candidate within a distance that suggests a typo, or null.</returns>
    public static string? Closest(string value, IEnumerable<string> candidates)
    {
        var needle = value.Trim().ToLowerInvariant();
        if (needle.Length == 0 || needle.Length > 200) return null;
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var d = Distance(needle, candidate.ToLowerInvariant());
            if (d < bestDistance) { bestDistance = d; best = candidate; }
        }
        var allowed = Math.Max(2, needle.Length / 3);
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>
    /// <see cref="Closest"/> for names of several words, such as Urban's groups ("Black, Non-Hispanic"): a candidate is offered
    /// only when every word of the value is one of its words or a slip of one and none is missing, never when a word is replaced
    /// ("Asian, Non-Hispanic" is not a slip of "White, Non-Hispanic": suggesting it would change whom the figure counts).
    /// </summary>
    public static string? ClosestName(string value, IEnumerable<string> candidates)
    {
        if (Closest(value, candidates) is not { } best) return null;
        var (written, known) = (Words(value), Words(best));
        return Slips(written, known) && Slips(known, written) ? best : null;
    }

    /// <summary>Every word of <paramref name="a"/> is a word of <paramref name="b"/> or a slip of one (both ways: a word left
    /// out, "White, Hispanic" for "White, Non-Hispanic", is another group too).</summary>
    private static bool Slips(string[] a, string[] b) => a.All(w => b.Any(c => Distance(w, c) <= Math.Max(1, w.Length / 4)));

    private static string[] Words(string text) =>
        text.ToLowerInvariant().Split([' ', ',', '-', '/', '(', ')', ';'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The closest candidates, best first, for messages that list several.</summary>
    public static IReadOnlyList<string> ClosestSeveral(string value, IEnumerable<string> candidates, int count)
    {
        var needle = value.Trim().ToLowerInvariant();
        return candidates
            .Select(c => (c, d: Distance(needle, c.ToLowerInvariant()) - SharedPrefix(needle, c.ToLowerInvariant())))
            .OrderBy(x => x.d).ThenBy(x => x.c, StringComparer.Ordinal)
            .Take(count).Select(x => x.c).ToList();
    }

    private static int SharedPrefix(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        return i;
    }

    /// <summary>Levenshtein distance with two rows of memory.</summary>
    public static int Distance(string a, string b)
    {
        if (a.Length == 0) return b.Length;
        if (b.Length == 0) return a.Length;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
