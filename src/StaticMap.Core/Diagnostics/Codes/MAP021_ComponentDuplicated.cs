using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Diagnostics.Codes;

public sealed class ComponentDuplicated : Rule
{
    public static readonly ComponentDuplicated Instance = new();
    public override string Code => "MAP021";
    public override string Title => "MAP component written twice";
    public override string Stage => "parse";
    public override string Help => "Each of the five components is one file; merge the two files or change the 'component:' of one of them.";

    public Diagnostic Create(SourceSpan at, string component, string firstPath) =>
        At(at, $"'component: {component}' is already used by {firstPath}; each component is one file, so merge them or change one");
}
