using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Validation.Rules;

public sealed class InvalidContact : Rule
{
    public static readonly InvalidContact Instance = new();
    public override string Code => "MAP019";
    public override string Title => "Invalid web address or email";
    public override string Stage => "parse";
    public override string Help => "Web addresses must start with https:// or http://; email addresses look like name@example.org.";

    public Diagnostic CreateUrl(SourceSpan at, string field, string value) =>
        At(at, $"'{field}' is '{Shorten(value)}', which is not a web address; write a full https:// address");

    public Diagnostic CreateEmail(SourceSpan at, string field, string value) =>
        At(at, $"'{field}' is '{Shorten(value)}', which is not an email address; write it like name@example.org");

    private static string Shorten(string s) => s.Length <= 60 ? s : s[..57] + "...";
}
