using System.Globalization;
using System.Text.Json.Nodes;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Localization;
using StaticMap.Core.Metrics;
using StaticMap.Core.Model;
using StaticMap.Core.Reading;
using StaticMap.Core.Reading.Yaml;
using StaticMap.Core.Schemas;

namespace StaticMap.Core.Scaffolding.Admin;

/// <param name="Yaml">config.yml's text.</param>
/// <param name="Config">The same configuration as a tree, for tests.</param>
/// <param name="Problems">Schema shapes the generator has no editor field for, and fields without a label in the editor's
/// language; empty when the editor covers every field.</param>
public sealed record AdminConfigResult(string Yaml, JsonObject Config, IReadOnlyList<string> Problems);

/// <summary>
/// The configuration of the browser editor at /admin/ (Decap CMS), written from the JSON Schemas (<see cref="PlanSchemas"/>)
/// and the plans the repository holds, so that it cannot drift from what the build accepts: for each plan a collection of
/// its files (plan.yml, the components, their translations) and a folder collection of its progress reports, new ones
/// filled in as <c>staticmap progress</c> writes them (<see cref="ProgressScaffold"/>). Every field of every schema has an
/// editor field, typed from its schema; labels, hints and the words of the selects come from the strings files
/// (<c>admin.*</c> and the words the site shows) in the editor's language.
/// </summary>
public sealed class AdminConfig
{
    public const string Folder = "admin";

    private readonly UiStrings _text;
    private readonly MetricsContext? _metrics;
    private readonly Func<string, string> _languageName;
    private readonly List<string> _problems = [];

    private AdminConfig(UiStrings text, MetricsContext? metrics, Func<string, string> languageName) =>
        (_text, _metrics, _languageName) = (text, metrics, languageName);

    /// <param name="plans">The plans of the repository, drafts included (main editions, with their translations).</param>
    /// <param name="text">The interface text in the editor's language.</param>
    /// <param name="metrics">The Mobility Metrics a new progress report's values are filled in from; null for none.</param>
    /// <param name="siteUrl">The public site's address, for the editor's "view live" link.</param>
    /// <param name="localBackend">The address of a local decap-server (<c>staticmap serve --admin</c>): the editor saves to the working copy.</param>
    /// <param name="languageName">A language tag's name in the editor's language ("es" → "Spanish").</param>
    public static AdminConfigResult Generate(IReadOnlyList<Plan> plans, SchemaSet schemas, UiStrings text, MetricsContext? metrics,
        AdminBackend backend, string? siteUrl = null, string? localBackend = null, Func<string, string>? languageName = null, int? today = null)
    {
        var generator = new AdminConfig(text, metrics, languageName ?? (l => text.TextOr($"languages.{l}", l)));
        var config = generator.Build(plans, schemas, backend, siteUrl, localBackend, today ?? DateTime.UtcNow.Year);
        var header = "The browser editor's configuration (Decap CMS), written by StaticMap from its JSON Schemas and the plans in plans/.\n" +
                     "Do not edit it: it is written again by every build. See docs/coalition-workflow.md.";
        return new AdminConfigResult(YamlEmitter.Write(config, header), config, generator._problems);
    }

    private JsonObject Build(IReadOnlyList<Plan> plans, SchemaSet schemas, AdminBackend backend, string? siteUrl, string? localBackend, int thisYear)
    {
        var backendNode = new JsonObject { ["name"] = backend.Name };
        if (backend.Repo is not null) backendNode["repo"] = backend.Repo;
        backendNode["branch"] = backend.Branch;
        if (backend.AuthUrl is not null) backendNode["base_url"] = backend.AuthUrl;
        backendNode["commit_messages"] = new JsonObject
        {
            ["create"] = "Add {{collection}} “{{slug}}” (through the editor)",
            ["update"] = "Update {{collection}} “{{slug}}” (through the editor)",
            ["delete"] = "Delete {{collection}} “{{slug}}” (through the editor)",
            ["uploadMedia"] = "Upload “{{path}}” (through the editor)",
            ["deleteMedia"] = "Delete “{{path}}” (through the editor)",
        };
        var config = new JsonObject { ["backend"] = backendNode };
        if (localBackend is not null) config["local_backend"] = new JsonObject { ["url"] = localBackend };
        // Each save is a branch and a pull request, checked by the pull-request workflow before it is merged.
        config["publish_mode"] = "editorial_workflow";
        config["locale"] = PluralRules.Primary(_text.Language);
        if (siteUrl is not null)
        {
            config["site_url"] = siteUrl;
            config["display_url"] = siteUrl;
        }
        // Decap requires a media folder; each collection has its own, the plan's assets/ (MAP060/MAP069 check what is there).
        config["media_folder"] = "plans";
        config["public_folder"] = "";
        config["slug"] = new JsonObject { ["encoding"] = "ascii", ["clean_accents"] = true };

        var documents = schemas.Documents.ToDictionary(d => d.FileName, d => d.Schema, StringComparer.Ordinal);
        var collections = new JsonArray();
        foreach (var plan in plans.Where(p => p.TranslationOf is null).OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            collections.Add(PlanFiles(plan, documents));
            collections.Add(ProgressReports(plan, documents[PlanSchemas.ProgressFile], thisYear));
            foreach (var translation in plan.Translations)
                if (TranslationFiles(plan, translation.Language).Progress.Count > 0)
                    collections.Add(ProgressTranslations(plan, translation.Language, documents[PlanSchemas.ProgressTranslationFile]));
        }
        config["collections"] = collections;
        return config;
    }

    // ---- collections ----

    private JsonObject PlanFiles(Plan plan, IReadOnlyDictionary<string, JsonObject> documents)
    {
        var files = new JsonArray();
        var scope = new Scope(plan, Translation: false);
        files.Add(new JsonObject
        {
            ["name"] = "plan",
            ["label"] = _text.Text("admin.entry.plan", ("file", "plan.yml")),
            ["file"] = $"{plan.Folder}/plan.yml",
            ["fields"] = Fields(documents[PlanSchemas.PlanFile], null, scope, "plan.yml"),
        });
        var componentSchema = documents[PlanSchemas.ComponentFile];
        foreach (var component in plan.Components.OrderBy(c => c.Kind.Order))
        {
            files.Add(new JsonObject
            {
                ["name"] = component.Kind.Slug,
                ["label"] = ComponentName(component.Kind),
                ["file"] = component.Path,
                ["fields"] = Fields(Definition(componentSchema, component.Kind.Slug), componentSchema, scope, component.Path, body: true),
            });
        }
        var translationScope = scope with { Translation = true };
        foreach (var translation in plan.Translations)
        {
            var language = translation.Language;
            var (planFile, components, _) = TranslationFiles(plan, language);
            var languageName = _languageName(language);
            if (planFile is not null)
                files.Add(new JsonObject
                {
                    ["name"] = $"plan-{language}",
                    ["label"] = _text.Text("admin.entry.translation", ("name", _text.Text("admin.entry.plan_name")), ("language", languageName), ("file", FileName(planFile))),
                    ["file"] = planFile,
                    ["fields"] = Fields(documents[PlanSchemas.PlanTranslationFile], null, translationScope, planFile),
                });
            var translated = documents[PlanSchemas.ComponentTranslationFile];
            foreach (var (kind, path) in components)
                files.Add(new JsonObject
                {
                    ["name"] = $"{kind.Slug}-{language}",
                    ["label"] = _text.Text("admin.entry.translation", ("name", ComponentName(kind)), ("language", languageName), ("file", FileName(path))),
                    ["file"] = path,
                    ["fields"] = Fields(Definition(translated, kind.Slug), translated, translationScope, path, body: true),
                });
        }
        return new JsonObject
        {
            ["name"] = plan.Id,
            ["label"] = plan.Metadata.Title,
            ["description"] = _text.Text("admin.collection.plan_description", ("plan", plan.Metadata.Title)),
            ["media_folder"] = $"/{plan.Folder}/assets",
            ["public_folder"] = "assets",
            ["editor"] = new JsonObject { ["preview"] = true },
            ["files"] = files,
        };
    }

    private JsonObject ProgressReports(Plan plan, JsonObject schema, int thisYear)
    {
        var fields = Fields(schema, null, new Scope(plan, Translation: false), "progress report", body: true);
        // A new report starts as `staticmap progress` writes it, for the year after the latest report.
        var next = plan.Progress.IsEmpty ? thisYear : Math.Max(plan.Progress.Max(r => r.Year) + 1, ProgressScaffold.FirstYear);
        if (next <= ProgressScaffold.LastYear && _metrics is not null)
            ApplyDefaults(fields, ProgressScaffold.Text(plan, next, _metrics), $"{plan.Folder}/progress/{next}.md");
        return new JsonObject
        {
            ["name"] = $"{plan.Id}-progress",
            ["label"] = _text.Text("admin.collection.progress", ("plan", plan.Metadata.Title)),
            ["label_singular"] = _text.Text("admin.collection.progress_singular"),
            ["description"] = _text.Text("admin.collection.progress_description", ("year", next.ToString(CultureInfo.InvariantCulture))),
            ["folder"] = $"{plan.Folder}/progress",
            ["create"] = true,
            ["extension"] = "md",
            ["format"] = "yaml-frontmatter",
            ["identifier_field"] = "year",
            ["slug"] = "{{fields.year}}",
            // The folder holds the reports' translations too (2025.es.md): the file name tells them apart.
            ["summary"] = "{{filename}}.{{extension}}",
            ["sortable_fields"] = new JsonArray("year"),
            ["media_folder"] = $"/{plan.Folder}/assets",
            ["public_folder"] = "../assets",
            ["editor"] = new JsonObject { ["preview"] = true },
            ["fields"] = fields,
        };
    }

    private JsonObject ProgressTranslations(Plan plan, string language, JsonObject schema) => new()
    {
        ["name"] = $"{plan.Id}-progress-{language}",
        ["label"] = _text.Text("admin.collection.progress_translation", ("plan", plan.Metadata.Title), ("language", _languageName(language))),
        ["label_singular"] = _text.Text("admin.collection.progress_singular"),
        ["folder"] = $"{plan.Folder}/progress",
        // Only the translations: Decap lists the files whose names end in ".<extension>".
        ["create"] = false,
        ["extension"] = $"{language}.md",
        ["format"] = "yaml-frontmatter",
        ["identifier_field"] = "year",
        ["summary"] = "{{filename}}.{{extension}}",
        ["media_folder"] = $"/{plan.Folder}/assets",
        ["public_folder"] = "../assets",
        ["fields"] = Fields(schema, null, new Scope(plan, Translation: true), "progress report translation", body: true),
    };

    /// <summary>The translation files of a plan that exist: plan.&lt;lang&gt;.yml, the components' and the progress reports'.</summary>
    internal static (string? PlanFile, IReadOnlyList<(ComponentKind Kind, string Path)> Components, IReadOnlyList<string> Progress) TranslationFiles(Plan plan, string language)
    {
        var edition = plan.Translations.FirstOrDefault(t => t.Language == language)?.Plan;
        if (edition is null) return (null, [], []);
        var suffix = $".{language}.md";
        var planFile = $"{plan.Folder}/plan.{language}.yml";
        var paths = edition.Yaml.Select(y => y.Path).Concat(plan.Yaml.Select(y => y.Path)).ToHashSet(StringComparer.Ordinal);
        var components = edition.Components.Where(c => c.Path.EndsWith(suffix, StringComparison.Ordinal)).OrderBy(c => c.Kind.Order)
            .Select(c => (c.Kind, c.Path)).ToList();
        var progress = edition.Progress.Where(r => r.Path.EndsWith(suffix, StringComparison.Ordinal)).Select(r => r.Path).ToList();
        return (paths.Contains(planFile) ? planFile : null, components, progress);
    }

    // ---- fields, from the schemas ----

    /// <param name="Translation">Fields of a translation: only text is edited; the rest is the original's, kept as written.</param>
    private sealed record Scope(Plan Plan, bool Translation);

    private static JsonObject Definition(JsonObject componentSchema, string slug) =>
        (JsonObject)componentSchema["definitions"]![slug]!;

    /// <summary>The editor fields of an object schema's properties, in the schema's order.</summary>
    private JsonArray Fields(JsonObject schema, JsonObject? root, Scope scope, string where, bool body = false)
    {
        root ??= schema;
        var required = Required(schema);
        var fields = new JsonArray();
        foreach (var (name, property) in (JsonObject)schema["properties"]!)
            fields.Add(Field(name, (JsonObject)property!, root, scope, $"{where} {name}", required.Contains(name), []));
        if (body)
        {
            var field = new JsonObject { ["label"] = Label("body", where), ["name"] = "body", ["widget"] = "markdown" };
            Hint(field, "body");
            field["required"] = false;
            field["modes"] = new JsonArray("rich_text", "raw");
            field["buttons"] = new JsonArray("bold", "italic", "link", "heading-two", "heading-three", "quote", "bulleted-list", "numbered-list");
            field["editor_components"] = new JsonArray("image");
            fields.Add(field);
        }
        return fields;
    }

    private static HashSet<string> Required(JsonObject schema) =>
        schema["required"] is JsonArray r ? r.Select(n => n!.GetValue<string>()).ToHashSet(StringComparer.Ordinal) : [];

    private JsonObject Resolve(JsonObject schema, JsonObject root)
    {
        while (schema["$ref"] is JsonValue reference)
        {
            var name = reference.GetValue<string>().Split('/')[^1];
            schema = (JsonObject)root["definitions"]![name]!;
        }
        return schema;
    }

    private JsonObject Field(string name, JsonObject schema, JsonObject root, Scope scope, string where, bool required, string[] parents)
    {
        schema = Resolve(schema, root);
        var field = new JsonObject { ["label"] = Label(name, where), ["name"] = name };
        Hint(field, name);
        if (!required) field["required"] = false;

        // A translation edits text only; every other value is the original's (MAP047/MAP048), kept as written.
        if (scope.Translation && !IsText(schema) && schema["type"]?.ToString() is not ("array" or "object"))
        {
            field["widget"] = "hidden";
            if (Const(schema) is { } fixedValue) field["default"] = fixedValue;
            field.Remove("hint");
            return field;
        }

        if (Const(schema) is { } constant)
        {
            field["widget"] = "hidden";
            field["default"] = constant;
            return field;
        }
        if (name == "indicator" && parents is [.., "updates"])
        {
            // A progress update names one of this plan's indicators.
            field["widget"] = "select";
            field["options"] = new JsonArray([.. (scope.Plan.MeasurementPlan?.Indicators ?? []).DistinctBy(i => i.Id).Select(i => (JsonNode)new JsonObject
            {
                ["label"] = _text.Text("admin.indicator_option", ("name", i.Name), ("id", i.Id)),
                ["value"] = i.Id,
            })]);
            return field;
        }
        if (schema["enum"] is JsonArray words)
        {
            if (words.All(w => w?.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False or System.Text.Json.JsonValueKind.String)
                && words.Any(w => w?.GetValueKind() == System.Text.Json.JsonValueKind.True))
            {
                field["widget"] = "boolean";
                field["default"] = false;
                return field;
            }
            field["widget"] = "select";
            field["options"] = Options(name, words.Select(w => w!.GetValue<string>()));
            return field;
        }
        if (schema["anyOf"] is JsonArray alternatives && alternatives.OfType<JsonObject>().FirstOrDefault(a => a["type"] is JsonValue) is { } numeric)
        {
            field["widget"] = "number";
            switch (numeric["type"]!.GetValue<string>())
            {
                case "integer":
                    field["value_type"] = "int";
                    if (numeric["minimum"] is { } min) field["min"] = min.DeepClone();
                    if (numeric["maximum"] is { } max) field["max"] = max.DeepClone();
                    return field;
                case "number":
                    field["value_type"] = "float";
                    return field;
            }
        }
        switch (schema["type"])
        {
            case JsonArray types when types.Select(t => t!.GetValue<string>()).Order().SequenceEqual(["number", "string"]):
                field["widget"] = "string";
                return field;
            case JsonValue type when type.GetValue<string>() == "string":
                if (schema["pattern"]?.GetValue<string>() is { } pattern)
                {
                    if (pattern == "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
                    {
                        field["widget"] = "datetime";
                        field["format"] = "YYYY-MM-DD";
                        field["date_format"] = "YYYY-MM-DD";
                        field["time_format"] = false;
                        return field;
                    }
                    field["widget"] = "string";
                    field["pattern"] = new JsonArray(pattern, _text.Text("admin.pattern." + PatternKey(pattern, name)));
                    return field;
                }
                field["widget"] = LongText.Contains(name) ? "text" : "string";
                return field;
            case JsonValue type when type.GetValue<string>() == "array":
                return List(field, name, Resolve((JsonObject)schema["items"]!, root), root, scope, where, parents);
            case JsonValue type when type.GetValue<string>() == "object":
                field["widget"] = "object";
                field["collapsed"] = true;
                var nested = new JsonArray();
                var requiredFields = Required(schema);
                foreach (var (child, property) in (JsonObject)schema["properties"]!)
                    nested.Add(Field(child, (JsonObject)property!, root, scope, $"{where}.{child}", requiredFields.Contains(child), [.. parents, name]));
                field["fields"] = nested;
                return field;
        }
        _problems.Add($"{where}: no editor field for the schema {schema.ToJsonString()}; add its case to AdminConfig.Field");
        field["widget"] = "string";
        return field;
    }

    private JsonObject List(JsonObject field, string name, JsonObject items, JsonObject root, Scope scope, string where, string[] parents)
    {
        field["widget"] = "list";
        if (items["enum"] is JsonArray words && !scope.Translation)
        {
            field["widget"] = "select";
            field["multiple"] = true;
            field["options"] = Options(name, words.Select(w => w!.GetValue<string>()));
            return field;
        }
        if (items["type"]?.ToString() == "object")
        {
            var requiredFields = Required(items);
            var nested = new JsonArray();
            foreach (var (child, property) in (JsonObject)items["properties"]!)
                nested.Add(Field(child, (JsonObject)property!, root, scope, $"{where}[].{child}", requiredFields.Contains(child), [.. parents, name]));
            field["fields"] = nested;
            // A year's indicator updates, and a translation's texts, are the form's work: each shown open, to be gone through in turn.
            field["collapsed"] = name != "updates" && !scope.Translation;
            if (SummaryField(items) is { } summary) field["summary"] = $"{{{{fields.{summary}}}}}";
            field["label_singular"] = _text.TextOr($"admin.item.{name}", Label(name, where));
            if (scope.Translation)
            {
                // A translation's list follows the original's items (matched by id, indicator or position): no adding or removing.
                field["allow_add"] = false;
                field["allow_remove"] = false;
                field["allow_reorder"] = false;
            }
            return field;
        }
        // A list of single values: one editor field for each item.
        var item = Field(name, items, root, scope, $"{where}[]", required: true, [.. parents, name]);
        item["label"] = _text.TextOr($"admin.item.{name}", Label(name, where));
        item.Remove("hint");
        field["field"] = item;
        return field;
    }

    /// <summary>Text a translation edits: a string with no vocabulary and no pattern (or a text often written as a number).</summary>
    private static bool IsText(JsonObject schema) => schema["enum"] is null && schema["pattern"] is null && schema["anyOf"] is null &&
        schema["type"] switch
        {
            JsonValue t => t.GetValue<string>() == "string",
            JsonArray types => types.Any(t => t!.GetValue<string>() == "string"),
            _ => false,
        };

    private static JsonNode? Const(JsonObject schema) =>
        schema["enum"] is JsonArray { Count: 1 } one && one[0]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? one[0]!.DeepClone() : null;

    private static string? SummaryField(JsonObject items)
    {
        var properties = (JsonObject)items["properties"]!;
        return ((string[])["indicator", "id", "name", "metric", "action", "date", "role"]).FirstOrDefault(properties.ContainsKey);
    }

    /// <summary>Fields written as several lines.</summary>
    private static readonly HashSet<string> LongText = ["summary", "note", "vision", "takeaway", "text", "event", "role", "action", "resources"];

    private static string PatternKey(string pattern, string name) => pattern switch
    {
        PlanSchemas.KebabCase => "id",
        _ when name is "fips" or "peers" => "fips",
        _ when name is "url" => "url",
        _ when name is "language" or "translations" => "language",
        _ => "other",
    };

    // ---- words ----

    private string Label(string name, string where)
    {
        if (_text.TextOrNull($"admin.field.{name}") is { } label) return label;
        _problems.Add($"{where}: the strings files have no label admin.field.{name}");
        return name.Replace('_', ' ');
    }

    private void Hint(JsonObject field, string name)
    {
        if (_text.TextOrNull($"admin.hint.{name}") is { } hint) field["hint"] = hint;
    }

    private string ComponentName(ComponentKind kind) => _text.TextOr($"components.{kind.Slug.Replace('-', '_')}.name", kind.GuideName);

    /// <summary>A select's options: each word with the name the site shows for it.</summary>
    private JsonArray Options(string field, IEnumerable<string> words)
    {
        var list = words.ToList();
        var options = new JsonArray();
        foreach (var word in list)
        {
            // The pillars' names as the guide writes them are accepted by the build; the editor offers the kebab-case words.
            if (field == "pillar" && word.Contains(' ')) continue;
            options.Add(new JsonObject { ["label"] = OptionLabel(field, word, list), ["value"] = word });
        }
        return options;
    }

    private string OptionLabel(string field, string word, IReadOnlyList<string> words)
    {
        var key = word.Replace('-', '_');
        string? Find(string k) => _text.TextOrNull(k);
        var label = field switch
        {
            "status" when words.Contains("released") => Find($"admin.option.plan_status.{key}"),
            "status" => Find($"status.label.{key}"),
            "frequency" or "direction" or "sector" => Find($"views.{field}.{key}"),
            "type" => Find($"views.{key}"),
            "pillar" => Find($"pillars.{word}"),
            "subgroups" => Find($"subgroups.type.{key}"),
            "metric" => _metrics?.Catalog.All.FirstOrDefault(m => m.Variable == word) is { } m ? $"{m.Name} ({word})" : null,
            _ => Find($"admin.option.{field}.{key}"),
        };
        return label is null ? word : field is "subgroups" ? char.ToUpper(label[0], _text.Culture) + label[1..] : label;
    }

    // ---- a new progress report's starting values ----

    /// <summary>Sets the fields' defaults to what <c>staticmap progress</c> writes: its front matter's values and its narrative.</summary>
    private static void ApplyDefaults(JsonArray fields, string text, string path)
    {
        if (FrontMatterSplitter.TrySplit(text, out var split) != FrontMatterSplitter.Outcome.Split) return;
        if (YamlLoader.Load(split!.Yaml, path, split.YamlFirstLine, new DiagnosticBag()) is not YamlMapping mapping) return;
        foreach (var field in fields.OfType<JsonObject>())
        {
            var name = field["name"]!.GetValue<string>();
            if (name == "body") field["default"] = split.Body.Trim('\n') + "\n";
            else if (mapping.Entries.FirstOrDefault(e => e.Key.Value == name) is { } entry) field["default"] = Json(entry.Value);
        }
    }

    private static JsonNode? Json(YamlNode node) => node switch
    {
        YamlMapping m => new JsonObject(m.Entries.Select(e => KeyValuePair.Create(e.Key.Value, Json(e.Value)))),
        YamlSequence s => new JsonArray([.. s.Items.Select(Json)]),
        YamlScalar { IsQuoted: false, Value: "true" } => JsonValue.Create(true),
        YamlScalar { IsQuoted: false, Value: "false" } => JsonValue.Create(false),
        YamlScalar { IsQuoted: false } scalar when Numbers.StrictNumber.TryParse(scalar.Value, out var number) => JsonValue.Create(number),
        YamlScalar scalar => JsonValue.Create(scalar.Value),
        _ => null,
    };

    private static string FileName(string path) => path[(path.LastIndexOf('/') + 1)..];
}
