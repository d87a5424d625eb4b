using System.Globalization;

namespace StaticMap.Core.Diagnostics;

/// <summary>The ways a diagnostic's message quotes what the author wrote: one of each, so every message reads alike.</summary>
public static class Prose
{
    /// <summary>A value as a message quotes it: whole up to <paramref name="max"/> characters, else cut to fit with <paramref name="ellipsis"/>.</summary>
    public static string Shorten(string text, int max = 80, string ellipsis = "...") =>
        text.Length <= max ? text : text[..(max - ellipsis.Length)] + ellipsis;

    /// <summary>Words joined as prose: "", "a", "a or b", "a, b or c" (or "and").</summary>
    public static string Either(IReadOnlyList<string> words, string conjunction = "or") => words.Count switch
    {
        0 => "",
        1 => words[0],
        _ => string.Join(", ", words.Take(words.Count - 1)) + $" {conjunction} " + words[^1],
    };

    /// <summary>A date as a message writes it: as the author writes dates in YAML, year-month-day ("2026-07-01"), so the date
    /// a message names reads as the value it points at, can be searched for and pasted back, and is in no language's order.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
