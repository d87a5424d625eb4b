using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;

namespace StaticMap.Core.Validation.Rules;

/// <summary>
/// <c>staticmap check --release</c> only: a plan about to be released names no one to contact. Not a rule of every check (a
/// draft may not know its contact yet), so it is not an <see cref="IPlanRule"/>; <see cref="Release.ReleaseChecklist"/> runs it.
/// </summary>
public sealed class ReleaseWithoutContact() : DiagnosticCode("MAP091", "release", "Release checklist: the plan has no contact", Severity.Warning,
    help: "Reported by 'staticmap check --release'. Readers, reporters and partners need someone to write to: add 'contact:' to plan.yml with a name and an email address or web page (contact: {name: Mobility team, email: mobility@example.org}).")
{
    public static readonly ReleaseWithoutContact Instance = new();

    public Diagnostic? Check(Plan plan)
    {
        var c = plan.Metadata.Contact;
        if (c is not null && (!string.IsNullOrWhiteSpace(c.Email) || !string.IsNullOrWhiteSpace(c.Url))) return null;
        return At(plan.Metadata.Span, c is null
            ? "plan.yml has no 'contact'; add one with a name and an email address or web page (contact: {name: Mobility team, email: mobility@example.org}) before 'status: released'"
            : "the contact in plan.yml has no email address or web page; add 'email:' or 'url:' under 'contact' before 'status: released'");
    }
}
