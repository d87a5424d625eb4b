using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Diagnostics.Codes;

public sealed class InvalidPlanId : Rule
{
    public static readonly InvalidPlanId Instance = new();
    public override string Code => "MAP009";
    public override string Title => "Plan folder name is not a valid plan id";
    public override string Stage => "read";
    public override string Help => "Plan folders are lowercase kebab-case (letters, digits, single hyphens), because the name becomes the plan's URL.";

    public Diagnostic Create(string planFolder, string id, string suggestion) => At(SourceSpan.File(planFolder),
        $"plan folder '{id}' is not a valid plan id; rename it to lowercase kebab-case, e.g. '{suggestion}' (it becomes the URL)");
}
