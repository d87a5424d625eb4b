using System.Text.Json.Nodes;
using StaticMap.Tests.Support;
using static StaticMap.Core.Schemas.PlanSchemas;

namespace StaticMap.Tests.Schemas;

/// <summary>
/// The schemas require exactly the top-level fields the build requires: removing a field from the valid fixture gives
/// MAP010 ("'x' is required") if and only if the schema lists it as required.
/// </summary>
public class RequiredFieldTests
{
    public static TheoryData<string, string> TopLevelFields()
    {
        var data = new TheoryData<string, string>();
        var fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "valid-site");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(fixture, TestSite.Plan), "*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith("plan.yml", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(fixture, file).Replace(Path.DirectorySeparatorChar, '/');
            foreach (var key in YamlJson.FromFile(file)!.AsObject().Select(p => p.Key)) data.Add(relative, key);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(TopLevelFields))]
    public void Removing_a_field_is_an_error_exactly_when_the_schema_requires_it(string file, string field)
    {
        using var site = TestSite.Valid();
        var document = YamlJson.FromText(file, site.Read(file))!.AsObject();
        var required = RequiredBySchema(file, document);
        site.Write(file, WithoutTopLevelField(site.Read(file), field));

        var missing = site.Check().Where(d => d.Code == "MAP010" && d.Span.Path == file && d.Message.StartsWith($"'{field}' is required"));
        if (required.Contains(field)) Assert.Single(missing);
        else Assert.Empty(missing);
    }

    private static IReadOnlySet<string> RequiredBySchema(string file, JsonObject document)
    {
        var (schema, path) = Path.GetFileName(file) == "plan.yml" ? (PlanFile, "")
            : file.Contains("/progress/") ? (ProgressFile, "")
            : (ComponentFile, "#" + document["component"]!.GetValue<string>());
        var node = SchemaPath.Find(SchemaTests.Committed(schema), path);
        return (node["required"]?.AsArray().Select(r => r!.GetValue<string>()) ?? []).ToHashSet();
    }

    /// <summary>Drops "field:" and the indented or list lines under it, in plan.yml or in front matter.</summary>
    private static string WithoutTopLevelField(string text, string field)
    {
        var lines = text.Split('\n').ToList();
        var start = lines.FindIndex(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        Assert.True(start >= 0, $"no top-level '{field}:'");
        var end = start + 1;
        while (end < lines.Count && (lines[end].StartsWith(' ') || lines[end].StartsWith("- ", StringComparison.Ordinal))) end++;
        lines.RemoveRange(start, end - start);
        return string.Join('\n', lines);
    }
}
