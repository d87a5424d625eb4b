using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Diagnostics.Codes;

public sealed class InvalidUtf8 : Rule
{
    public static readonly InvalidUtf8 Instance = new();
    public override string Code => "MAP003";
    public override string Title => "File is not valid UTF-8";
    public override string Stage => "read";
    public override string Help => "Save the file as UTF-8 (most editors offer 'Save with encoding'); the position is the first byte that is not UTF-8.";

    public Diagnostic Create(SourceSpan at, byte badByte) =>
        At(at, $"the file is not valid UTF-8 (byte 0x{badByte:X2} here); save it with UTF-8 encoding");
}
