namespace StaticMap.Core.Diagnostics;

/// <summary>
/// A code raised where its problem is found, outside the validate stage (reading, parsing, loading data, the theme,
/// rendering, writing): its catalogue entry is its constructor's arguments, its typed message builders its
/// <c>Create…</c> methods (<c>MissingField.Instance.Create(at, field, what)</c>). The codes are filed by stage in
/// <c>Diagnostics/Codes/</c>; the checks of the validate stage are classes in <c>Validation/Rules/</c>.
/// </summary>
/// <param name="code">The stable code, e.g. "MAP012".</param>
/// <param name="stage">The stage that reports it, for the docs: read, parse, metrics, theme, render, write, any.</param>
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
