using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace StaticMap.Core.Scaffolding.Admin;

/// <summary>
/// Writes a JSON tree as block YAML for the editor's config.yml. Every string is written double-quoted with JSON's escapes,
/// which YAML reads the same way, so no text (a plan title with a colon, "no", "06001") can change type or break the file.
/// </summary>
public static class YamlEmitter
{
    private static readonly JsonSerializerOptions Quoting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(JsonObject root, string? header = null)
    {
        var sb = new StringBuilder();
        if (header is not null)
            foreach (var line in header.Split('\n')) sb.Append("# ").Append(line).Append('\n');
        WriteMapping(sb, root, 0);
        return sb.ToString();
    }

    private static void WriteMapping(StringBuilder sb, JsonObject mapping, int indent)
    {
        foreach (var (key, value) in mapping)
        {
            sb.Append(' ', indent).Append(Key(key)).Append(':');
            WriteValue(sb, value, indent);
        }
    }

    private static void WriteValue(StringBuilder sb, JsonNode? value, int indent)
    {
        switch (value)
        {
            case JsonObject { Count: 0 }:
                sb.Append(" {}\n");
                break;
            case JsonObject o:
                sb.Append('\n');
                WriteMapping(sb, o, indent + 2);
                break;
            case JsonArray { Count: 0 }:
                sb.Append(" []\n");
                break;
            case JsonArray a:
                sb.Append('\n');
                WriteSequence(sb, a, indent + 2);
                break;
            default:
                sb.Append(' ').Append(Scalar(value)).Append('\n');
                break;
        }
    }

    private static void WriteSequence(StringBuilder sb, JsonArray sequence, int indent)
    {
        foreach (var item in sequence)
        {
            sb.Append(' ', indent).Append('-');
            switch (item)
            {
                case JsonObject { Count: > 0 } o:
                    // The first key on the dash's line, the others under it.
                    var first = true;
                    foreach (var (key, value) in o)
                    {
                        if (first) sb.Append(' ');
                        else sb.Append(' ', indent + 2);
                        first = false;
                        sb.Append(Key(key)).Append(':');
                        WriteValue(sb, value, indent + 2);
                    }
                    break;
                case JsonArray { Count: > 0 } a:
                    sb.Append('\n');
                    WriteSequence(sb, a, indent + 2);
                    break;
                default:
                    WriteValue(sb, item, indent);
                    break;
            }
        }
    }

    private static string Key(string key) =>
        key.Length > 0 && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-') && !char.IsAsciiDigit(key[0]) ? key : Quote(key);

    private static string Scalar(JsonNode? value) => value?.GetValueKind() switch
    {
        null or JsonValueKind.Null => "null",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        // JSON's string and number texts are YAML's too.
        _ => value.ToJsonString(Quoting),
    };

    private static string Quote(string text) => JsonSerializer.Serialize(text, Quoting);
}
