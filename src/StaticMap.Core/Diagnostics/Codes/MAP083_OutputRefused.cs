using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Diagnostics.Codes;

public sealed class OutputRefused : Rule
{
    public static readonly OutputRefused Instance = new();
    public override string Code => "MAP083";
    public override string Title => "Output folder refused";
    public override string Stage => "write";
    public override string Help => "A build replaces its output folder as a whole, so StaticMap refuses the file system's root, the repository, any folder holding the repository or inside plans/, input/, theme/, src/, tests/ or .git/, a folder that holds files StaticMap did not write, a file, and a symbolic link that leads nowhere. Links on the way are resolved first. Choose a folder such as _site.";

    public Diagnostic Create(string output, string reason) => At(SourceSpan.File(output),
        $"will not write the site here: {reason.TrimEnd('.')}");
}
