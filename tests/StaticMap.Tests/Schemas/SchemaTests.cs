using System.Text.Json.Nodes;
using StaticMap.Core.Model;
using StaticMap.Core.Parsing;
using StaticMap.Core.Parsing.Components;
using StaticMap.Core.Schemas;
using StaticMap.Tests.Support;
using static StaticMap.Core.Schemas.PlanSchemas;

namespace StaticMap.Tests.Schemas;

/// <summary>
/// The committed schemas/*.json are the generated ones, describe exactly the fields and words the parsers know, and accept
/// every sample plan file.
/// </summary>
public class SchemaTests
{
    internal static readonly string Folder = Path.Combine(Repository.Root, PlanSchemas.Folder);

    internal static JsonObject Committed(string file) => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, file)))!.AsObject();

    [Fact]
    public void The_schemas_describe_every_field_the_parsers_know_and_no_other()
    {
        Assert.Empty(Generate(TestRegistry.Components).Problems);
    }

    /// <summary>Run with STATICMAP_UPDATE_SCHEMAS=1 to write the generated schemas into schemas/ (see docs/schemas.md).</summary>
    [Fact]
    public void Committed_schemas_are_the_generated_ones()
    {
        var generated = Generate(TestRegistry.Components).Documents;
        if (Environment.GetEnvironmentVariable("STATICMAP_UPDATE_SCHEMAS") == "1")
        {
            Directory.CreateDirectory(Folder);
            foreach (var document in generated) File.WriteAllText(Path.Combine(Folder, document.FileName), document.ToJson());
        }
        foreach (var document in generated)
        {
            var path = Path.Combine(Folder, document.FileName);
            Assert.True(File.Exists(path), $"schemas/{document.FileName} is missing; run STATICMAP_UPDATE_SCHEMAS=1 dotnet test --filter Schemas");
            Assert.True(document.ToJson() == File.ReadAllText(path).ReplaceLineEndings("\n"),
                $"schemas/{document.FileName} differs from the generated schema; run STATICMAP_UPDATE_SCHEMAS=1 dotnet test --filter Schemas");
        }
        Assert.Equal(generated.Select(d => d.FileName).Order(), Directory.GetFiles(Folder, "*.json").Select(Path.GetFileName).Order());
    }

    public static TheoryData<string, string, string[]> ObjectsAndTheirFields => new()
    {
        { PlanFile, "", [.. PlanFileParser.KnownFields] },
        { PlanFile, "jurisdiction", [.. PlanFileParser.JurisdictionFields] },
        { PlanFile, "coalition[]", [.. PlanFileParser.CoalitionFields] },
        { PlanFile, "contact", [.. PlanFileParser.ContactFields] },
        { ComponentFile, "", [.. PlanParser.CommonComponentFields] },
        { ComponentFile, "#how-we-got-here", ComponentFields(ComponentKind.HowWeGotHere) },
        { ComponentFile, "#how-we-got-here timeline[]", [.. HowWeGotHereParser.TimelineFields] },
        { ComponentFile, "#findings", ComponentFields(ComponentKind.Findings) },
        { ComponentFile, "#findings metrics[]", [.. FindingsParser.MetricFields] },
        { ComponentFile, "#theory-of-change", ComponentFields(ComponentKind.TheoryOfChange) },
        { ComponentFile, "#theory-of-change theory_of_change", [.. TheoryOfChangeParser.StatementFields] },
        { ComponentFile, "#theory-of-change logic_model", [.. TheoryOfChangeParser.LogicModelFields] },
        { ComponentFile, "#theory-of-change logic_model inputs[]", [.. TheoryOfChangeParser.ItemFields] },
        { ComponentFile, "#theory-of-change logic_model activities[]", [.. TheoryOfChangeParser.ActivityFields] },
        { ComponentFile, "#theory-of-change logic_model outputs[]", [.. TheoryOfChangeParser.ItemFields] },
        { ComponentFile, "#theory-of-change logic_model outcomes", [.. TheoryOfChangeParser.OutcomeFields] },
        { ComponentFile, "#theory-of-change logic_model outcomes short_term[]", [.. TheoryOfChangeParser.ItemFields] },
        { ComponentFile, "#theory-of-change logic_model outcomes intermediate[]", [.. TheoryOfChangeParser.ItemFields] },
        { ComponentFile, "#theory-of-change logic_model outcomes long_term[]", [.. TheoryOfChangeParser.ItemFields] },
        { ComponentFile, "#measurement-plan", ComponentFields(ComponentKind.MeasurementPlan) },
        { ComponentFile, "#measurement-plan indicators[]", [.. MeasurementPlanParser.IndicatorFields] },
        { ComponentFile, "#measurement-plan indicators[] baseline", [.. MeasurementPlanParser.MeasurementFields] },
        { ComponentFile, "#measurement-plan indicators[] target", [.. MeasurementPlanParser.MeasurementFields] },
        { ComponentFile, "#sustainability", ComponentFields(ComponentKind.Sustainability) },
        { ComponentFile, "#sustainability commitments[]", [.. SustainabilityParser.CommitmentFields] },
        { ProgressFile, "", [.. ProgressReportParser.KnownFields] },
        { ProgressFile, "updates[]", [.. ProgressReportParser.UpdateFields] },
    };

    private static string[] ComponentFields(ComponentKind kind) => [.. PlanParser.CommonComponentFields, .. TestRegistry.Components.Part<IComponentParser>(kind).Fields];

    [Theory]
    [MemberData(nameof(ObjectsAndTheirFields))]
    public void A_schema_object_has_exactly_the_fields_its_parser_knows(string file, string path, string[] parserFields)
    {
        var properties = SchemaPath.Find(Committed(file), path)["properties"]!.AsObject().Select(p => p.Key);
        Assert.Equal(parserFields.Order(), properties.Order());
    }

    public static TheoryData<string, string, string[]> VocabularyFields => new()
    {
        { PlanFile, "status", [.. Vocabularies.Status.Words] },
        { PlanFile, "jurisdiction type", [.. Vocabularies.JurisdictionType.Words] },
        { PlanFile, "coalition[] sector", [.. Vocabularies.Sector.Words] },
        { ComponentFile, "component", [.. TestRegistry.Components.Slugs] },
        { ComponentFile, "#measurement-plan indicators[] frequency", [.. Vocabularies.Frequency.Words] },
        { ComponentFile, "#measurement-plan indicators[] direction", [.. Vocabularies.Direction.Words] },
        { ComponentFile, "#theory-of-change logic_model activities[] pillar",
            [.. Vocabularies.Pillar.Words, .. Enum.GetValues<Pillar>().Select(Vocabularies.PillarName)] },
        { ProgressFile, "updates[] status", [.. Vocabularies.ProgressStatus.Words] },
    };

    [Theory]
    [MemberData(nameof(VocabularyFields))]
    public void A_vocabulary_field_allows_exactly_the_parsers_words(string file, string path, string[] words)
    {
        var allowed = SchemaPath.Find(Committed(file), path)["enum"]!.AsArray().Select(w => w!.GetValue<string>());
        Assert.Equal(words.Order(), allowed.Order());
    }

    [Fact]
    public void Every_state_code_the_parser_accepts_is_in_the_schema()
    {
        var states = SchemaPath.Find(Committed(PlanFile), "jurisdiction state")["enum"]!.AsArray().Select(w => w!.GetValue<string>()).ToList();
        Assert.Contains("CA", states);
        Assert.Contains("PR", states);
        Assert.All(states, s => Assert.True(UsStates.IsUspsCode(s), s));
        Assert.Equal(56, states.Count);
    }

    /// <summary>Every sample plan file and every file of the test fixture: (path relative to the repository, schema file).</summary>
    public static TheoryData<string> PlanFiles()
    {
        var data = new TheoryData<string>();
        foreach (var folder in new[] { "plans", "tests/StaticMap.Tests/Fixtures/valid-site/plans" })
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repository.Root, folder), "*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith("plan.yml", StringComparison.Ordinal))
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}assets{Path.DirectorySeparatorChar}"))
                     .Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(Repository.Root, file).Replace(Path.DirectorySeparatorChar, '/'));
        return data;
    }

    [Theory]
    [MemberData(nameof(PlanFiles))]
    public void Every_sample_plan_file_is_valid_against_its_schema(string path)
    {
        var schema = SchemaFor(path);
        var errors = new SchemaValidator(Committed(schema)).Validate(YamlJson.FromFile(Path.Combine(Repository.Root, path)));
        Assert.True(errors.Count == 0, $"{path} against schemas/{schema}:\n{string.Join("\n", errors)}");
    }

    /// <summary>The sample plans name their schema in a yaml-language-server comment; the test fixture does not, so its place decides.</summary>
    private static string SchemaFor(string path)
    {
        var translation = StaticMap.Core.Localization.LanguageTags.TrySplitFileName(Path.GetFileName(path), out _, out _);
        var expected = Path.GetFileName(path) == "plan.yml" ? PlanFile
            : translation && path.EndsWith(".yml", StringComparison.Ordinal) ? PlanTranslationFile
            : path.Contains("/progress/") ? (translation ? ProgressTranslationFile : ProgressFile)
            : translation ? ComponentTranslationFile : ComponentFile;
        if (path.StartsWith("tests/", StringComparison.Ordinal)) return expected;
        var modeline = File.ReadLines(Path.Combine(Repository.Root, path)).Take(2)
            .FirstOrDefault(l => l.StartsWith("# yaml-language-server: $schema=", StringComparison.Ordinal));
        Assert.True(modeline is not null, $"{path} has no '# yaml-language-server: $schema=' comment at its top");
        var target = Path.GetFullPath(Path.Combine(Repository.Root, Path.GetDirectoryName(path)!, modeline["# yaml-language-server: $schema=".Length..].Trim()));
        Assert.Equal(Path.Combine(Folder, expected), target);
        return expected;
    }
}

/// <summary>Finds a part of a schema by a path such as "#theory-of-change logic_model activities[] pillar".</summary>
internal static class SchemaPath
{
    /// <param name="path">Space-separated steps: "#name" a definition, "field" a property, "field[]" a list's items.</param>
    public static JsonObject Find(JsonObject root, string path)
    {
        var node = root;
        foreach (var step in path.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            node = Resolve(root, node);
            if (step.StartsWith('#')) node = root["definitions"]![step[1..]]!.AsObject();
            else if (step.EndsWith("[]")) node = Resolve(root, node["properties"]![step[..^2]]!.AsObject())["items"]!.AsObject();
            else node = node["properties"]![step]!.AsObject();
        }
        return Resolve(root, node);
    }

    private static JsonObject Resolve(JsonObject root, JsonObject node) =>
        node["$ref"] is { } reference ? root["definitions"]![reference.GetValue<string>()["#/definitions/".Length..]]!.AsObject() : node;
}
