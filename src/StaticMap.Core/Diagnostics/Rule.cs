namespace StaticMap.Core.Diagnostics;

/// <summary>
/// A rule of the authoring contract: a stable code, a title, a default severity and advice on how to fix it.
/// StaticMap's own rules are <see cref="DiagnosticCode"/>s (code, stage, title, severity and help as constructor arguments):
/// a code reported while reading, parsing, loading data, rendering or writing is an entry in Diagnostics/Codes/, filed by
/// stage; a check of the validate stage is a class of its own under Validation/Rules. Every rule is registered in
/// StaticMapBuilder; docs/rules.md is generated from them and checked by a test.
/// </summary>
public abstract class Rule
{
    /// <summary>The stable code, e.g. "MAP012". Never reused for another meaning.</summary>
    public abstract string Code { get; }

    /// <summary>A short title for the docs, e.g. "Value is not one of the allowed values".</summary>
    public abstract string Title { get; }

    /// <summary>What the author should do, in one or two sentences, for the docs.</summary>
    public abstract string Help { get; }

    public virtual Severity Severity => Severity.Error;

    /// <summary>
    /// Whether <c>check --release</c> counts it as something still to do. False for advice a plan cannot act on (MAP072: Urban's
    /// own ratings of its data): listed as a note, never blocking the release.
    /// </summary>
    public virtual bool BlocksRelease => true;

    /// <summary>The stage that reports it, for the docs: read, parse, validate, metrics, render.</summary>
    public abstract string Stage { get; }

    protected Diagnostic At(SourceSpan span, string message) => new(Code, Severity, span, message);
}
