using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using StaticMap.Core.Metrics;
using StaticMap.Core.Model;
using StaticMap.Core.Parsing;
using StaticMap.Core.Schemas.Components;
using static StaticMap.Core.Schemas.SchemaBuilder;

namespace StaticMap.Core.Schemas;

/// <summary>One schema file, named as it is in schemas/ and on the site under /schemas/.</summary>
public sealed record SchemaDocument(string FileName, JsonObject Schema)
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The file's text: indented JSON with '\n' line ends and a final newline.</summary>
    public string ToJson() => Schema.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";
}

/// <param name="Problems">Fields the parsers know that the schemas do not describe, or the reverse; empty when they agree.</param>
public sealed record SchemaSet(IReadOnlyList<SchemaDocument> Documents, IReadOnlyList<string> Problems);

/// <summary>
/// JSON Schemas (draft-07) of plan.yml, a component file's front matter and a progress report, for editors that check YAML
/// as it is typed. They are built from the parsers' lists of known fields and from the vocabularies, so they cannot drift
/// from what the build accepts; a test compares them with the committed schemas/*.json.
/// </summary>
public static class PlanSchemas
{
    public const string Dialect = "http://json-schema.org/draft-07/schema#";
    public const string PlanFile = "plan.schema.json";
    public const string ComponentFile = "component.schema.json";
    public const string ProgressFile = "progress.schema.json";
    public const string PlanTranslationFile = "plan-translation.schema.json";
    public const string ComponentTranslationFile = "component-translation.schema.json";
    public const string ProgressTranslationFile = "progress-translation.schema.json";

    /// <summary>The folder of the repository, and of the site, that holds the schemas.</summary>
    public const string Folder = "schemas";

    // The schemas of each registry a build has used, made once per registry (a build and its preview reuse theirs).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ComponentRegistry, SchemaSet> Made = new();

    /// <summary>The schemas of a build that knows the component kinds of <paramref name="components"/>: each has its case in component.schema.json.</summary>
    public static SchemaSet Generate(ComponentRegistry components)
    {
        var builder = new SchemaBuilder();
        var component = Component(builder, components);
        var progress = Progress(builder);
        return new SchemaSet([Plan(builder), PlanTranslation(builder), component, progress,
            Translated(component, ComponentTranslationFile, "component", "StaticMap component translation front matter",
                "The front matter of a component's translation (plans/<plan-id>/<name>.<lang>.md): the component's fields, every one optional but 'component'; fields that are not text, where given, must equal the original's. See docs/authoring.md, Translations."),
            Translated(progress, ProgressTranslationFile, "year", "StaticMap progress report translation front matter",
                "The front matter of a progress report's translation (plans/<plan-id>/progress/<year>.<lang>.md): every field optional but 'year'. See docs/authoring.md, Translations."),
        ], builder.Problems);
    }

    /// <summary>The schemas a build with <paramref name="components"/> publishes, generated once per registry.</summary>
    public static SchemaSet For(ComponentRegistry components) => Made.GetValue(components, Generate);

    internal const string KebabCase = "^[a-z0-9]+(-[a-z0-9]+)*$";
    private const string Fips = "^[0-9]{5}([0-9]{2})?$";

    // The parser's BCP 47 check (PlanFileParser.LanguageTag).
    private const string LanguageTag = "^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$";

    /// <summary>The schema of a whole file: the dialect, a title and a description, then <paramref name="body"/>'s keywords.</summary>
    private static JsonObject Document(string title, string description, JsonObject body) => new(
    [
        KeyValuePair.Create<string, JsonNode?>("$schema", Dialect),
        KeyValuePair.Create<string, JsonNode?>("title", title),
        KeyValuePair.Create<string, JsonNode?>("description", description),
        .. body.Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())),
    ]);

    private static SchemaDocument Plan(SchemaBuilder b)
    {
        var jurisdiction = b.Object("plan.yml jurisdiction", PlanFileParser.JurisdictionFields, new Dictionary<string, JsonObject>
        {
            ["name"] = Text("The jurisdiction's name, e.g. \"Alameda County\".", required: true),
            ["type"] = Words("county or city.", Vocabularies.JurisdictionType.Words),
            ["state"] = Words("The two-letter USPS state code, e.g. CA.", UspsCodes()),
            ["fips"] = Pattern("The FIPS code in quotes: 5 digits for a county (\"06001\"), 7 for a city (\"0644000\"). It keys the Mobility Metrics data.", Fips, required: true),
        }, ["name", "type", "state", "fips"], "The city or county the plan is for.");
        // The FIPS code's length follows the type: 7 digits for a city, 5 for a county.
        jurisdiction["anyOf"] = new JsonArray(
            new JsonObject
            {
                ["properties"] = new JsonObject { ["type"] = Const("city"), ["fips"] = new JsonObject { ["pattern"] = "^[0-9]{7}$" } },
                ["required"] = Array(["type"]),
            },
            new JsonObject
            {
                ["properties"] = new JsonObject { ["type"] = new JsonObject { ["not"] = Const("city") }, ["fips"] = new JsonObject { ["pattern"] = "^[0-9]{5}$" } },
            });

        var member = b.Object("plan.yml coalition member", PlanFileParser.CoalitionFields, new Dictionary<string, JsonObject>
        {
            ["name"] = Text("The member's name.", required: true),
            ["sector"] = Words("The member's sector, one of the guide's actors.", Vocabularies.Sector.Words),
            ["role"] = Text("What the member does in the coalition."),
        }, ["name", "sector"]);

        var contact = b.Object("plan.yml contact", PlanFileParser.ContactFields, new Dictionary<string, JsonObject>
        {
            ["name"] = Text("A contact name, e.g. a team or office."),
            ["email"] = Text("An email address."),
            ["url"] = Pattern("A web address starting with https:// or http://.", "^https?://"),
        }, [], "Who residents can contact about the plan.");
        contact["properties"]!["email"]!["format"] = "email";
        contact["properties"]!["url"]!["format"] = "uri";

        var plan = b.Object("plan.yml", PlanFileParser.KnownFields, new Dictionary<string, JsonObject>
        {
            ["title"] = Text("The plan's title, e.g. \"Alameda County Mobility Action Plan\".", required: true),
            ["jurisdiction"] = jurisdiction,
            ["status"] = Words("draft or released. Drafts are built only in previews and with --drafts.", Vocabularies.Status.Words),
            ["released"] = Pattern("The public release date, YYYY-MM-DD; required when status is released.", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"),
            ["summary"] = Text("One plain-language paragraph, used on the home page and in metadata.", required: true),
            ["coalition"] = List("The coalition members, each with a name and a sector.", member, required: true),
            ["peers"] = List("Comparison jurisdictions for the findings charts, as FIPS codes in quotes.", Pattern("A county or city FIPS code.", Fips)),
            ["language"] = Pattern("The plan's language as a BCP 47 tag; default en.", LanguageTag),
            ["translations"] = List("The other languages the plan is published in, as BCP 47 tags, e.g. [es]; each has its translation files beside the originals (findings.es.md, plan.es.yml).",
                Pattern("A BCP 47 language tag other than the plan's own.", LanguageTag)),
            ["contact"] = contact,
            ["example"] = Boolean("true for an example plan: its pages say it is not an official plan.", ["yes", "no"]),
        }, ["title", "jurisdiction", "status", "summary", "coalition"]);
        plan["anyOf"] = Implies(new JsonObject { ["properties"] = new JsonObject { ["status"] = Const("released") }, ["required"] = Array(["status"]) },
            Required("released"));

        return new SchemaDocument(PlanFile, Document("StaticMap plan.yml",
            "The metadata of one Mobility Action Plan: plans/<plan-id>/plan.yml. See docs/authoring.md.", plan));
    }

    /// <summary>A translation's schema: the original's with no field required but <paramref name="keep"/> (a translation may
    /// leave out what it takes from the original), and no "one of these fields" rule.</summary>
    private static SchemaDocument Translated(SchemaDocument original, string fileName, string keep, string title, string description)
    {
        var schema = (JsonObject)original.Schema.DeepClone();
        schema["title"] = title;
        schema["description"] = description;
        void Relax(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    if (o["required"] is JsonArray required)
                    {
                        var kept = required.Select(r => r!.GetValue<string>()).Where(r => r == keep).ToList();
                        if (kept.Count == 0) o.Remove("required");
                        else o["required"] = Array(kept);
                    }
                    if (o["anyOf"] is JsonArray any && any.All(a => a is JsonObject ao && ao.ContainsKey("required") && ao.Count == 1)) o.Remove("anyOf");
                    o.Remove("minItems");
                    // What a 'not' excludes stays as it is: relaxed, it would exclude everything ("a metric or a file, not both").
                    foreach (var (key, child) in o.ToList())
                        if (key != "not") Relax(child);
                    break;
                case JsonArray a:
                    foreach (var child in a) Relax(child);
                    break;
            }
        }
        Relax(schema);
        return new SchemaDocument(fileName, schema);
    }

    /// <summary>plan.&lt;lang&gt;.yml: plan.yml's title, summary, jurisdiction's and contact's names and coalition roles in another language.</summary>
    private static SchemaDocument PlanTranslation(SchemaBuilder b)
    {
        var member = b.Object("plan.<lang>.yml coalition member", ["role"], new Dictionary<string, JsonObject>
        {
            ["role"] = Text("The member's role in this language; the name and sector are plan.yml's."),
        }, []);
        var plan = b.Object("plan.<lang>.yml", Parsing.Translations.PlanYmlTranslation.Fields, new Dictionary<string, JsonObject>
        {
            ["title"] = Text("The plan's title in this language."),
            ["summary"] = Text("The plan's summary in this language."),
            ["jurisdiction"] = b.Object("plan.<lang>.yml jurisdiction", ["name"], new Dictionary<string, JsonObject>
            {
                ["name"] = Text("The jurisdiction's name in this language (\"Condado de Alameda\"); its type, state and FIPS are plan.yml's. The state's name is written by StaticMap."),
            }, []),
            ["contact"] = b.Object("plan.<lang>.yml contact", ["name"], new Dictionary<string, JsonObject>
            {
                ["name"] = Text("The contact's name in this language (\"Equipo del plan\"); the email and address are plan.yml's."),
            }, []),
            ["coalition"] = List("The coalition members' roles, one entry per member of plan.yml, in its order.", member),
        }, []);
        return new SchemaDocument(PlanTranslationFile, Document("StaticMap plan.<lang>.yml",
            "A translation of plan.yml: plans/<plan-id>/plan.<lang>.yml, e.g. plan.es.yml. See docs/authoring.md, Translations.", plan));
    }

    private static SchemaDocument Component(SchemaBuilder b, ComponentRegistry registry)
    {
        var common = new Dictionary<string, Func<ComponentKind, JsonObject>>
        {
            ["component"] = kind => Const(kind.Slug),
            ["title"] = _ => PageTitle(),
        };
        var definitions = new JsonObject();
        var cases = new JsonArray();
        foreach (var kind in registry.Kinds)
        {
            var parser = registry.Part<IComponentParser>(kind);
            var part = registry.Part<IComponentSchema>(kind);
            var fields = new Dictionary<string, JsonObject>();
            foreach (var field in PlanParser.CommonComponentFields)
                if (common.TryGetValue(field, out var make)) fields[field] = make(kind);
            foreach (var (field, fieldSchema) in part.Fields(b, definitions)) fields[field] = fieldSchema;
            var definition = b.Object($"the {kind.Slug} component", [.. PlanParser.CommonComponentFields, .. parser.Fields], fields,
                ["component", .. part.RequiredFields], kind.GuideName + ".");
            part.Constrain(definition);
            definitions[kind.Slug] = definition;
            cases.Add(Ref(kind.Slug));
        }

        var schema = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["component"] = Words("Which of the five MAP components this file is.", registry.Slugs),
                ["title"] = PageTitle(),
            },
            ["required"] = Array(["component"]),
            // Each definition fixes 'component' to its own value, so exactly one of them fits a valid file.
            ["oneOf"] = cases,
            ["definitions"] = definitions,
        };
        return new SchemaDocument(ComponentFile, Document("StaticMap component front matter",
            "The front matter of a component file of a Mobility Action Plan (plans/<plan-id>/*.md); 'component' says which of the five it is. See docs/authoring.md.",
            schema));
    }

    private static JsonObject PageTitle() => Text("The page title; by default the guide's name for the component.");

    private static SchemaDocument Progress(SchemaBuilder b)
    {
        var update = b.Object("a progress update", ProgressReportParser.UpdateFields, new Dictionary<string, JsonObject>
        {
            ["indicator"] = Pattern("The id of a measurement-plan indicator.", KebabCase, required: true),
            ["value"] = Value("The value reported this year, a plain number such as 0.72, 1200 or -3 (no %, $ or thousands separators)."),
            ["status"] = Words("The coalition's judgement of the indicator; leave it out to have it computed from the value, baseline, target and direction (docs/coalition-workflow.md).", Vocabularies.ProgressStatus.Words),
            ["note"] = Text("A note, e.g. what changed."),
        }, ["indicator"]);
        var report = b.Object("a progress report", ProgressReportParser.KnownFields, new Dictionary<string, JsonObject>
        {
            ["published"] = Pattern("The date the report was published, YYYY-MM-DD; the feed dates the report with it.", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"),
            ["year"] = Year("The report's year; it must match the file name."),
            ["title"] = Text("The page title; by default \"<year> progress report\"."),
            ["draft"] = Boolean("true while the report is unfinished (staticmap progress writes it): only serve and build --drafts build it, marked draft and noindex; remove the line to publish. A translation follows its original's.", ["yes", "no"]),
            ["updates"] = List("The year's indicator updates.", update),
        }, ["year"]);
        return new SchemaDocument(ProgressFile, Document("StaticMap progress report front matter",
            "The front matter of an annual progress report: plans/<plan-id>/progress/<year>.md. See docs/authoring.md.", report));
    }

    /// <summary>The pillars as the build accepts them: kebab-case or the guide's own names.</summary>
    internal static IEnumerable<string> PillarWords() =>
        Vocabularies.Pillar.Words.Concat(Enum.GetValues<Pillar>().Select(Vocabularies.PillarName));

    /// <summary>UsStates keeps its table private, so the codes are found by asking it about every two-letter pair.</summary>
    private static IEnumerable<string> UspsCodes() =>
        from a in Enumerable.Range('A', 26)
        from b in Enumerable.Range('A', 26)
        let code = $"{(char)a}{(char)b}"
        where UsStates.IsUspsCode(code)
        select code;
}
