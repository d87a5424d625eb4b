namespace StaticMap.Core.Diagnostics;

/// <summary>
/// A rule whose catalogue entry is its constructor's arguments, written once. A code raised where its problem is found,
/// outside the validate stage (reading, parsing, loading data, the theme, rendering, writing), adds its typed message
/// builders as <c>Create…</c> methods (<c>MissingField.Instance.Create(at, field, what)</c>); those codes are filed by stage
/// in <c>Diagnostics/Codes/</c>. The checks of the validate stage are classes in <c>Validation/Rules/</c> that derive from it
/// too (or from <c>MarkdownRule</c>, which does) and add their check.
/// </summary>
/// <param name="code">The stable code, e.g. "MAP012".</param>
/// <param name="stage">The stage that reports it, for the docs: read, parse, metrics, theme, validate, release, render, write, any.</param>
/// <param name="title">A short title for the docs.</param>
/// <param name="severity">Error unless said otherwise.</param>
/// <param name="help">What the author should do, in one or two sentences, for the docs.</param>
public abstract class DiagnosticCode(string code, string stage, string title, Severity severity = Severity.Error, string help = "") : Rule
{
    public sealed override string Code => code;
    public sealed override string Stage => stage;
    public sealed override string Title => title;
    public sealed override Severity Severity => severity;
    public sealed override string Help => help;
}
