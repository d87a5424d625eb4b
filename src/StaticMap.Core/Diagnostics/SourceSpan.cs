namespace StaticMap.Core.Diagnostics;

/// <summary>A position in a source file: path relative to the repository root (with '/'), 1-based line and column.</summary>
public readonly record struct SourceSpan(string Path, int Line, int Column)
{
    /// <summary>A position that names a whole file (line 1, column 1).</summary>
    public static SourceSpan File(string path) => new(path, 1, 1);

    public override string ToString() => $"{Path}({Line},{Column})";
}
