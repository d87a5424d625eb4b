using System.Text.RegularExpressions;

namespace StaticMap.BrowserTests.Infrastructure;

/// <summary>
/// The headers Netlify sends for a path: every [[headers]] rule of netlify.toml, and every rule of the _headers file the
/// build writes, whose path pattern matches (as netlify-cli matches them: ':name' one segment, a final '*' any number of
/// segments, a '*' inside a segment any text, a trailing slash optional, either case). Each header's distinct values are
/// joined, as two headers of that name would be read. tests/StaticMap.Tests/Admin/NetlifyHeadersTests.cs checks the rules.
/// </summary>
public sealed class NetlifyHeaders
{
    private readonly List<(Regex Path, Dictionary<string, string> Values)> _rules = [];

    public NetlifyHeaders(string netlifyToml, string? headersFile)
    {
        Dictionary<string, string>? current = null;
        string? forPath = null;
        var inValues = false;
        foreach (var raw in File.Exists(netlifyToml) ? File.ReadLines(netlifyToml) : [])
        {
            var line = raw.Trim();
            if (line.StartsWith('#') || line.Length == 0) continue;
            if (line == "[[headers]]") { current = []; forPath = null; inValues = false; continue; }
            if (line == "[headers.values]") { inValues = true; if (forPath is not null && current is not null) _rules.Add((Pattern(forPath), current)); continue; }
            if (line.StartsWith('[')) { current = null; inValues = false; continue; }
            var match = Regex.Match(line, "^([A-Za-z0-9_.-]+)\\s*=\\s*\"(.*)\"$");
            if (!match.Success || current is null) continue;
            if (!inValues && match.Groups[1].Value == "for") forPath = match.Groups[2].Value;
            else if (inValues) current[match.Groups[1].Value] = match.Groups[2].Value;
        }
        if (headersFile is null || !File.Exists(headersFile)) return;
        foreach (var line in File.ReadLines(headersFile).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            if (!char.IsWhiteSpace(line[0])) { current = []; _rules.Add((Pattern(line.Trim()), current)); continue; }
            var colon = line.IndexOf(':');
            current![line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
    }

    private static Regex Pattern(string pattern)
    {
        var parts = pattern.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) return new Regex("^/$");
        var regex = "^";
        foreach (var part in parts)
            if (part.StartsWith(':')) regex += "/([^/]+)/?";
            else if (part == "*") regex = regex == "^" ? regex + "/?(.*)/?" : regex.TrimEnd('?').TrimEnd('/') + "(?:|/|/(.*)/?)";
            else if (part.Contains('*')) regex += "/" + part.Replace("*", "(.*)");
            else regex += "/" + Regex.Escape(part) + "/?";
        return new Regex(regex + "$", RegexOptions.IgnoreCase);
    }

    public IEnumerable<KeyValuePair<string, string>> For(string path) =>
        _rules.Where(r => r.Path.IsMatch(path)).SelectMany(r => r.Values)
            .GroupBy(v => v.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g => new KeyValuePair<string, string>(g.Key, string.Join(", ", g.Select(v => v.Value).Distinct())));
}
