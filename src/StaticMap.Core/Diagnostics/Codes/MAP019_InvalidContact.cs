using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Diagnostics.Codes;

public sealed class InvalidContact : Rule
{
    public static readonly InvalidContact Instance = new();
    public override string Code => "MAP019";
    public override string Title => "Invalid web address or email";
    public override string Stage => "parse";
    public override string Help => "Web addresses must start with https:// or http:// and cannot contain spaces, line breaks, quotes or angle brackets (write a space as %20); email addresses look like name@example.org (a leading mailto: is dropped).";

    public Diagnostic CreateUrl(SourceSpan at, string field, string value) =>
        At(at, $"'{field}' is '{Prose.Shorten(value, 60)}', which is not a web address; write a full https:// address");

    public Diagnostic CreateEmail(SourceSpan at, string field, string value) =>
        At(at, $"'{field}' is '{Prose.Shorten(value, 60)}', which is not an email address; write it like name@example.org");

    public Diagnostic CreateUrlCharacter(SourceSpan at, string field, string value, char character) =>
        At(at, $"'{field}' is '{Prose.Shorten(Visible(value), 60)}': a web address cannot contain {Describe(character)}; " +
               $"remove it or write it as {Percent(character)}");

    private static string Describe(char c) => c switch
    {
        ' ' => "a space",
        '\n' or '\r' => "a line break",
        '\t' => "a tab",
        '"' => "a double quote (\")",
        '\'' => "a single quote (')",
        '<' or '>' => $"an angle bracket ({c})",
        _ when char.IsWhiteSpace(c) || char.IsControl(c) => $"the invisible character U+{(int)c:X4}",
        _ => $"the character '{c}'",
    };

    private static string Percent(char c) => c < 0x80
        ? $"%{(int)c:X2}"
        : string.Concat(System.Text.Encoding.UTF8.GetBytes(c.ToString()).Select(b => $"%{b:X2}"));

    /// <summary>The value with its line breaks and tabs shown as \n and \t, so the message stays on one line.</summary>
    private static string Visible(string s) => s.Replace("\r", "\\r").Replace("\n", "\\n").Replace("\t", "\\t");

}
