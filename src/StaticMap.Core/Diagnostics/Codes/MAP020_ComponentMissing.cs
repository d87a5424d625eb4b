using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Diagnostics.Codes;

public sealed class ComponentMissing : Rule
{
    public static readonly ComponentMissing Instance = new();
    public override string Code => "MAP020";
    public override string Title => "MAP component missing";
    public override string Stage => "parse";
    public override string Help => "A Mobility Action Plan has five components (guide Step 1.4); add a Markdown file for the missing one with 'component:' in its front matter.";

    public Diagnostic Create(string planFolder, string component, string title) => At(SourceSpan.File(planFolder + "/plan.yml"),
        $"the plan has no '{component}' component ({title}); add a file such as {planFolder}/{component}.md with 'component: {component}' in its front matter");
}
