namespace StaticMap.Core.Reading;

/// <summary>A Markdown file split into its YAML front matter and its body, with the lines each starts on.</summary>
public sealed record FrontMatter(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine);

/// <summary>Splits "---\n yaml \n---\n body". Knows nothing about YAML or Markdown.</summary>
public static class FrontMatterSplitter
{
    public enum Outcome { Split, NoFrontMatter, Unclosed }

    public static Outcome TrySplit(string text, out FrontMatter? result)
    {
        result = null;
        var firstEnd = LineEnd(text, 0, out var firstNext);
        if (!IsFence(text.AsSpan(0, firstEnd), "---")) return Outcome.NoFrontMatter;

        var lineStart = firstNext;
        var line = 2;
        while (lineStart <= text.Length)
        {
            var end = LineEnd(text, lineStart, out var next);
            var span = text.AsSpan(lineStart, end - lineStart);
            if (IsFence(span, "---") || IsFence(span, "..."))
            {
                var yaml = text[firstNext..lineStart];
                var body = next <= text.Length ? text[Math.Min(next, text.Length)..] : "";
                result = new FrontMatter(yaml, 2, body, line + 1);
                return Outcome.Split;
            }
            if (next > text.Length) break;
            lineStart = next;
            line++;
        }
        return Outcome.Unclosed;
    }

    private static bool IsFence(ReadOnlySpan<char> line, string fence) => line.TrimEnd().SequenceEqual(fence);

    /// <summary>Index where the line starting at <paramref name="start"/> ends (before \r\n or \n); next is the next line's start.</summary>
    private static int LineEnd(string text, int start, out int next)
    {
        var nl = text.IndexOf('\n', start);
        if (nl < 0) { next = text.Length + 1; return text.Length; }
        next = nl + 1;
        return nl > start && text[nl - 1] == '\r' ? nl - 1 : nl;
    }
}
