using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Diagnostics.Codes;

public sealed class PlanFileMissing : Rule
{
    public static readonly PlanFileMissing Instance = new();
    public override string Code => "MAP001";
    public override string Title => "plan.yml missing";
    public override string Stage => "read";
    public override string Help => "Every folder in plans/ needs a plan.yml with title, jurisdiction, status, summary and coalition.";

    public Diagnostic Create(string planFolder, bool hasYamlSpelling) => At(SourceSpan.File(planFolder + "/plan.yml"),
        hasYamlSpelling
            ? $"{planFolder} has plan.yaml but StaticMap reads plan.yml; rename the file to plan.yml"
            : $"{planFolder} has no plan.yml; create it with title, jurisdiction, status, summary and coalition (see docs/authoring.md)");
}
