namespace StaticMap.Core.Diagnostics.Codes;

// Codes raised by any stage: StaticMap's own failures. One entry each: code, stage, title, severity and help (docs/rules.md), and its typed message builders.

public sealed class InternalError() : DiagnosticCode("MAP099", "any", "Internal error",
    help: "StaticMap itself failed; nothing was written. Please report it with the message and the file it names.")
{
    public static readonly InternalError Instance = new();

    public Diagnostic Create(string path, Exception ex) => At(SourceSpan.File(path),
        $"StaticMap failed unexpectedly ({ex.GetType().Name}: {ex.Message.Split('\n')[0].Trim()}); nothing was written. Please report this");
}
