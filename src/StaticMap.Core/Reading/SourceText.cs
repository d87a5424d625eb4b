namespace StaticMap.Core.Reading;

/// <summary>The decoded text of one file, with its repository-relative path.</summary>
public sealed record SourceText(string Path, string Text);
