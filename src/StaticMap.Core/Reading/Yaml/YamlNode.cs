using System.Collections.Immutable;
using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Reading.Yaml;

/// <summary>A YAML node that remembers where it was written. Built by <see cref="YamlLoader"/>.</summary>
public abstract record YamlNode(SourceSpan Span)
{
    /// <summary>The kind of node in words an author knows, for messages: "text", "list", "mapping".</summary>
    public abstract string KindName { get; }
}

public sealed record YamlScalar(string Value, bool IsQuoted, SourceSpan Span) : YamlNode(Span)
{
    /// <summary>An unquoted <c>~</c>, <c>null</c> or nothing at all: YAML's null.</summary>
    public bool IsNull => !IsQuoted && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string KindName => IsNull ? "nothing (null)" : "text";
}

public sealed record YamlSequence(ImmutableArray<YamlNode> Items, SourceSpan Span) : YamlNode(Span)
{
    public override string KindName => "list";
}

public sealed record YamlMapping(ImmutableArray<YamlEntry> Entries, SourceSpan Span) : YamlNode(Span)
{
    public override string KindName => "mapping";

    public YamlEntry? Find(string key)
    {
        foreach (var e in Entries)
            if (e.Key.Value == key) return e;
        return null;
    }
}

public sealed record YamlEntry(YamlScalar Key, YamlNode Value);
