namespace StaticMap.Core.Metrics.Reading;

/// <summary>Builds 5-digit county and 7-digit place FIPS codes from Urban's key columns, which lose leading zeros in some files ("6", "1").</summary>
internal static class Geoids
{
    /// <summary>State + county ("6", "1" → "06001") or state + place ("6", "44000" → "0644000").</summary>
    public static string? Combine(ReadOnlySpan<char> state, ReadOnlySpan<char> local, int localDigits)
    {
        state = state.Trim();
        local = local.Trim();
        if (!IsDigits(state, 2) || !IsDigits(local, localDigits)) return null;
        Span<char> buffer = stackalloc char[2 + localDigits];
        buffer.Fill('0');
        state.CopyTo(buffer[(2 - state.Length)..2]);
        local.CopyTo(buffer[(2 + localDigits - local.Length)..]);
        return new string(buffer);
    }

    /// <summary>A whole code; a county code that lost its leading zero ("6001") is padded to 5 digits, a place code to 7.</summary>
    public static string? Normalise(ReadOnlySpan<char> geoid)
    {
        geoid = geoid.Trim();
        if (!IsDigits(geoid, 7)) return null;
        return geoid.Length switch
        {
            4 => "0" + geoid.ToString(),
            5 or 7 => geoid.ToString(),
            6 => "0" + geoid.ToString(),
            _ => null,
        };
    }

    private static bool IsDigits(ReadOnlySpan<char> s, int maxLength)
    {
        if (s.IsEmpty || s.Length > maxLength) return false;
        foreach (var c in s)
            if (c is < '0' or > '9') return false;
        return true;
    }
}
