namespace StaticMap.Core.Diagnostics;

/// <summary>One problem found in the plans, with the rule that found it and where.</summary>
public sealed record Diagnostic(string Code, Severity Severity, SourceSpan Span, string Message)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>The MSBuild form: <c>path(line,col): error MAP012: message</c>.</summary>
    public override string ToString() =>
        $"{Span.Path}({Span.Line},{Span.Column}): {(IsError ? "error" : "warning")} {Code}: {Message}";

    /// <summary>Orders diagnostics by file, line, column, then code, so output is stable.</summary>
    public static readonly IComparer<Diagnostic> ByPosition = Comparer<Diagnostic>.Create((a, b) =>
    {
        var c = string.CompareOrdinal(a.Span.Path, b.Span.Path);
        if (c != 0) return c;
        c = a.Span.Line.CompareTo(b.Span.Line);
        if (c != 0) return c;
        c = a.Span.Column.CompareTo(b.Span.Column);
        if (c != 0) return c;
        c = string.CompareOrdinal(a.Code, b.Code);
        return c != 0 ? c : string.CompareOrdinal(a.Message, b.Message);
    });
}
