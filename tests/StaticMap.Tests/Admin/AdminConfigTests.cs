using System.Text.Json.Nodes;
using StaticMap.Core;
using StaticMap.Core.Model;
using StaticMap.Core.Rendering;
using StaticMap.Core.Rendering.Templates;
using StaticMap.Core.Scaffolding.Admin;
using StaticMap.Core.Schemas;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Admin;

/// <summary>The browser editor's configuration (admin-config.yml) against the JSON Schemas, over the sample plans.</summary>
public sealed class AdminConfigTests
{
    private static readonly Lazy<ValidatedSite> Samples = new(() =>
        SiteBuilder.Check(Repository.Root, new SiteOptions(IncludeDrafts: true) { Clock = TestClock.Provider }).Site ?? throw new InvalidOperationException("the samples do not validate"));

    private static AdminConfigResult Generate(string language = "en", SchemaSet? schemas = null) =>
        AdminConfig.Generate(Samples.Value.Site.Plans, schemas ?? PlanSchemas.For(TestRegistry.Components), Theme.DefaultStrings.For(language), Samples.Value.Metrics,
            AdminBackend.Default, today: 2026);

    private static JsonObject Collection(JsonObject config, string name) =>
        config["collections"]!.AsArray().OfType<JsonObject>().Single(c => c["name"]!.GetValue<string>() == name);

    private static JsonArray FileFields(JsonObject collection, string name) =>
        collection["files"]!.AsArray().OfType<JsonObject>().Single(f => f["name"]!.GetValue<string>() == name)["fields"]!.AsArray();

    private static JsonObject Field(JsonArray fields, string name) =>
        fields.OfType<JsonObject>().Single(f => f["name"]!.GetValue<string>() == name);

    /// <summary>Every property of <paramref name="schema"/> (nested objects and list items too) that has no editor field of its name
    /// at the same place in <paramref name="fields"/>.</summary>
    private static List<string> Missing(JsonObject schema, JsonObject root, JsonArray fields, string where = "")
    {
        var missing = new List<string>();
        schema = Resolve(schema, root);
        foreach (var (name, property) in (JsonObject)schema["properties"]!)
        {
            var field = fields.OfType<JsonObject>().FirstOrDefault(f => f["name"]!.GetValue<string>() == name);
            if (field is null)
            {
                missing.Add(where + name);
                continue;
            }
            var resolved = Resolve((JsonObject)property!, root);
            var nested = resolved["type"]?.ToString() switch
            {
                "object" => resolved,
                "array" when Resolve((JsonObject)resolved["items"]!, root) is { } items && items["type"]?.ToString() == "object" => items,
                _ => null,
            };
            if (nested is not null)
            {
                Assert.True(field["fields"] is JsonArray, $"{where}{name}: an object or a list of objects, but its editor field has no fields");
                missing.AddRange(Missing(nested, root, field["fields"]!.AsArray(), $"{where}{name}."));
            }
        }
        return missing;
    }

    private static JsonObject Resolve(JsonObject schema, JsonObject root) =>
        schema["$ref"] is JsonValue r ? Resolve((JsonObject)root["definitions"]![r.GetValue<string>().Split('/')[^1]]!, root) : schema;

    private static JsonObject Schema(SchemaSet schemas, string file) => schemas.Documents.Single(d => d.FileName == file).Schema;

    /// <summary>Every schema field, in every file of every sample plan, against the configuration generated from <paramref name="schemas"/>.</summary>
    private static List<string> Coverage(JsonObject config, SchemaSet schemas)
    {
        var missing = new List<string>();
        foreach (var plan in Samples.Value.Site.Plans)
        {
            var files = Collection(config, plan.Id);
            missing.AddRange(Missing(Schema(schemas, PlanSchemas.PlanFile), Schema(schemas, PlanSchemas.PlanFile), FileFields(files, "plan")).Select(m => $"{plan.Id} plan.yml {m}"));
            var component = Schema(schemas, PlanSchemas.ComponentFile);
            var translated = Schema(schemas, PlanSchemas.ComponentTranslationFile);
            foreach (var c in plan.Components)
            {
                var definition = (JsonObject)component["definitions"]![c.Kind.Slug]!;
                missing.AddRange(Missing(definition, component, FileFields(files, c.Kind.Slug)).Select(m => $"{c.Path} {m}"));
                foreach (var t in plan.Translations.Where(t => files["files"]!.AsArray().Any(f => f!["name"]!.GetValue<string>() == $"{c.Kind.Slug}-{t.Language}")))
                    missing.AddRange(Missing((JsonObject)translated["definitions"]![c.Kind.Slug]!, translated, FileFields(files, $"{c.Kind.Slug}-{t.Language}")).Select(m => $"{c.Path} ({t.Language}) {m}"));
            }
            foreach (var t in plan.Translations)
                missing.AddRange(Missing(Schema(schemas, PlanSchemas.PlanTranslationFile), Schema(schemas, PlanSchemas.PlanTranslationFile), FileFields(files, $"plan-{t.Language}")).Select(m => $"{plan.Id} plan.{t.Language}.yml {m}"));
            var progress = Schema(schemas, PlanSchemas.ProgressFile);
            missing.AddRange(Missing(progress, progress, Collection(config, $"{plan.Id}-progress")["fields"]!.AsArray()).Select(m => $"{plan.Id} progress {m}"));
            foreach (var t in plan.Translations)
            {
                var translatedProgress = Schema(schemas, PlanSchemas.ProgressTranslationFile);
                missing.AddRange(Missing(translatedProgress, translatedProgress, Collection(config, $"{plan.Id}-progress-{t.Language}")["fields"]!.AsArray()).Select(m => $"{plan.Id} progress ({t.Language}) {m}"));
            }
        }
        return missing;
    }

    [Fact]
    public void Every_field_of_every_schema_has_an_editor_field_in_every_sample_plan()
    {
        var result = Generate();
        Assert.Empty(result.Problems);
        Assert.Empty(Coverage(result.Config, PlanSchemas.For(TestRegistry.Components)));
        // The sample with translations has its Spanish files as entries of their own.
        var alameda = Collection(result.Config, "alameda-county");
        Assert.Contains(alameda["files"]!.AsArray(), f => f!["file"]!.GetValue<string>() == "plans/alameda-county/findings.es.md");
        Assert.Contains(alameda["files"]!.AsArray(), f => f!["file"]!.GetValue<string>() == "plans/alameda-county/plan.es.yml");
    }

    [Fact]
    public void A_field_added_to_a_schema_without_an_editor_field_fails_the_coverage_check()
    {
        var config = Generate().Config;
        var schemas = PlanSchemas.Generate(TestRegistry.Components);
        var update = (JsonObject)Schema(schemas, PlanSchemas.ProgressFile)["properties"]!["updates"]!["items"]!;
        update["properties"]!.AsObject()["confidence"] = new JsonObject { ["type"] = "string" };
        Assert.Contains("ramsey-county progress updates.confidence", Coverage(config, schemas));
    }

    [Fact]
    public void The_editor_has_a_label_for_every_field_in_Spanish_too()
    {
        var result = Generate("es");
        Assert.Empty(result.Problems);
        var progress = Collection(result.Config, "ramsey-county-progress");
        Assert.Equal("Año", Field(progress["fields"]!.AsArray(), "year")["label"]!.GetValue<string>());
        var status = Field(Field(progress["fields"]!.AsArray(), "updates")["fields"]!.AsArray(), "status");
        Assert.Equal(["Sin iniciar", "Por buen camino", "En riesgo", "Fuera de rumbo", "Logrado"],
            status["options"]!.AsArray().Select(o => o!["label"]!.GetValue<string>()));
        Assert.Equal("es", result.Config["locale"]!.GetValue<string>());
    }

    [Fact]
    public void A_progress_report_is_typed_and_its_indicator_picker_offers_only_the_plans_indicators()
    {
        var config = Generate().Config;
        var progress = Collection(config, "ramsey-county-progress");
        Assert.Equal("plans/ramsey-county/progress", progress["folder"]!.GetValue<string>());
        Assert.Equal("{{fields.year}}", progress["slug"]!.GetValue<string>());
        Assert.True(progress["create"]!.GetValue<bool>());
        var fields = progress["fields"]!.AsArray();
        var year = Field(fields, "year");
        Assert.Equal(("number", "int"), (year["widget"]!.GetValue<string>(), year["value_type"]!.GetValue<string>()));
        Assert.Equal(2026, year["default"]!.GetValue<double>()); // the year after the latest report, 2025
        var updates = Field(fields, "updates");
        Assert.Equal("list", updates["widget"]!.GetValue<string>());
        var item = updates["fields"]!.AsArray();
        var indicator = Field(item, "indicator");
        Assert.Equal("select", indicator["widget"]!.GetValue<string>());
        var ramsey = Samples.Value.Site.Plans.Single(p => p.Id == "ramsey-county");
        Assert.Equal(ramsey.MeasurementPlan!.Indicators.Select(i => i.Id).Distinct(),
            indicator["options"]!.AsArray().Select(o => o!["value"]!.GetValue<string>()));
        Assert.Equal(("number", "float"), (Field(item, "value")["widget"]!.GetValue<string>(), Field(item, "value")["value_type"]!.GetValue<string>()));
        Assert.Equal(["Not started", "On track", "At risk", "Off track", "Achieved"],
            Field(item, "status")["options"]!.AsArray().Select(o => o!["label"]!.GetValue<string>()));
        Assert.Equal("markdown", Field(fields, "body")["widget"]!.GetValue<string>());
        // A new report starts as `staticmap progress` writes it: every indicator, and the narrative's headings.
        Assert.Equal(ramsey.MeasurementPlan!.Indicators.Select(i => i.Id).Distinct(),
            updates["default"]!.AsArray().Select(u => u!["indicator"]!.GetValue<string>()));
        Assert.Contains("## Lessons learned", Field(fields, "body")["default"]!.GetValue<string>());
        // ... as a draft: the public site leaves it out until the coalition turns Draft off.
        var draft = Field(fields, "draft");
        Assert.Equal(("boolean", true, "Draft"), (draft["widget"]!.GetValue<string>(), draft["default"]!.GetValue<bool>(), draft["label"]!.GetValue<string>()));
        Assert.Equal("/plans/ramsey-county/assets", progress["media_folder"]!.GetValue<string>());
    }

    [Fact]
    public void Measurement_plan_fields_use_the_words_the_site_shows()
    {
        var config = Generate().Config;
        var indicator = Field(FileFields(Collection(config, "ramsey-county"), "measurement-plan"), "indicators")["fields"]!.AsArray();
        Assert.Equal(["Monthly", "Quarterly", "Annual", "Every two years"],
            Field(indicator, "frequency")["options"]!.AsArray().Select(o => o!["label"]!.GetValue<string>()));
        Assert.Equal(["Increase", "Decrease", "Maintain"],
            Field(indicator, "direction")["options"]!.AsArray().Select(o => o!["label"]!.GetValue<string>()));
        var baseline = Field(indicator, "baseline")["fields"]!.AsArray();
        Assert.Equal("int", Field(baseline, "year")["value_type"]!.GetValue<string>());
        var plan = FileFields(Collection(config, "ramsey-county"), "plan");
        Assert.Equal("datetime", Field(plan, "released")["widget"]!.GetValue<string>());
        Assert.Equal("boolean", Field(plan, "example")["widget"]!.GetValue<string>());
    }

    [Fact]
    public void A_translation_edits_text_only_and_keeps_the_originals_other_values()
    {
        var config = Generate().Config;
        var indicator = Field(FileFields(Collection(config, "alameda-county"), "measurement-plan-es"), "indicators");
        Assert.False(indicator["allow_add"]!.GetValue<bool>());
        var fields = indicator["fields"]!.AsArray();
        Assert.Equal("hidden", Field(fields, "id")["widget"]!.GetValue<string>());
        Assert.Equal("hidden", Field(fields, "frequency")["widget"]!.GetValue<string>());
        Assert.Equal("hidden", Field(Field(fields, "baseline")["fields"]!.AsArray(), "value")["widget"]!.GetValue<string>());
        Assert.Equal("string", Field(fields, "name")["widget"]!.GetValue<string>());
        var progress = Collection(config, "alameda-county-progress-es");
        Assert.Equal("es.md", progress["extension"]!.GetValue<string>());
        Assert.False(progress["create"]!.GetValue<bool>());
        var update = Field(progress["fields"]!.AsArray(), "updates")["fields"]!.AsArray();
        Assert.Equal("hidden", Field(update, "status")["widget"]!.GetValue<string>());
        Assert.Equal("text", Field(update, "note")["widget"]!.GetValue<string>());
    }

    [Fact]
    public void The_configuration_is_valid_yaml_with_the_editorial_workflow_and_only_the_plans_the_repository_holds()
    {
        var result = Generate();
        var yaml = new YamlDotNet.RepresentationModel.YamlStream();
        yaml.Load(new StringReader(result.Yaml));
        var root = (YamlDotNet.RepresentationModel.YamlMappingNode)yaml.Documents[0].RootNode;
        Assert.Equal("editorial_workflow", root["publish_mode"].ToString());
        Assert.Equal("git-gateway", ((YamlDotNet.RepresentationModel.YamlMappingNode)root["backend"])["name"].ToString());
        Assert.False(result.Config.ContainsKey("local_backend"));
        var names = ((YamlDotNet.RepresentationModel.YamlSequenceNode)root["collections"]).Children
            .Select(c => ((YamlDotNet.RepresentationModel.YamlMappingNode)c)["name"].ToString()).ToList();
        Assert.Equal(["alameda-county", "alameda-county-progress", "alameda-county-progress-es", "boone-county", "boone-county-progress",
            "ramsey-county", "ramsey-county-progress"], names);
    }

    [Fact]
    public void The_pinned_bundle_matches_the_lock_file()
    {
        var lockFile = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Root, "theme", "admin", "package-lock.json")))!;
        var entry = lockFile["packages"]!["node_modules/decap-cms"]!;
        Assert.Equal(DecapBundle.Version, entry["version"]!.GetValue<string>());
        Assert.Equal(DecapBundle.Integrity, entry["integrity"]!.GetValue<string>());
    }
}
