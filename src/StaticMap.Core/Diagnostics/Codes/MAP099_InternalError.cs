using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Diagnostics.Codes;

public sealed class InternalError : Rule
{
    public static readonly InternalError Instance = new();
    public override string Code => "MAP099";
    public override string Title => "Internal error";
    public override string Stage => "any";
    public override string Help => "StaticMap itself failed; nothing was written. Please report it with the message and the file it names.";

    public Diagnostic Create(string path, Exception ex) => At(SourceSpan.File(path),
        $"StaticMap failed unexpectedly ({ex.GetType().Name}: {ex.Message.Split('\n')[0].Trim()}); nothing was written. Please report this");
}
