using System.Globalization;
using System.Text;

namespace StaticMap.Tests.Conformance;

/// <summary>
/// Generates whole plan repositories that follow the authoring contract (/work/shared/spec/authoring-contract.md)
/// literally: every optional field present or absent, block and flow YAML, plain and quoted scalars, comments, any key
/// order, LF or CRLF, with or without a BOM, counties and cities, every allowed form of link, Urban's data files at any
/// depth under input/data/. Every decision comes from <see cref="Choices"/>.
/// </summary>
public sealed class PlanGenerator
{
    public static readonly string[] ComponentKinds = ["how-we-got-here", "findings", "theory-of-change", "measurement-plan", "sustainability"];
    public static readonly string[] Sectors = ["government", "community", "nonprofit", "advocacy", "philanthropy", "research", "anchor", "private"];
    public static readonly string[] Statuses = ["not-started", "on-track", "at-risk", "off-track", "achieved"];
    public static readonly string[] Frequencies = ["monthly", "quarterly", "annual", "biennial"];
    public static readonly string[] Directions = ["increase", "decrease", "maintain"];

    public static readonly string[] Pillars =
    [
        "Opportunity-rich and inclusive neighborhoods", "High-quality education", "Rewarding work",
        "Healthy environment and access to good health care", "Responsive and just governance",
    ];

    private static readonly Dictionary<string, string[]> FileNames = new()
    {
        ["how-we-got-here"] = ["how-we-got-here", "history", "01-background", "our_story", "HowWeGotHere", "1 how we got here"],
        ["findings"] = ["findings", "summary-of-findings", "02-findings", "Findings", "data_story", "what we found"],
        ["theory-of-change"] = ["theory-of-change", "logic-model", "03-theory", "TheoryOfChange", "change_theory"],
        ["measurement-plan"] = ["measurement-plan", "indicators", "04-measurement", "Measurement", "measurement_plan"],
        ["sustainability"] = ["sustainability", "sustaining-the-work", "05-sustainability", "Sustainability", "next_steps"],
    };

    private static readonly string[] Sentences =
    [
        "The coalition met every month for two years",
        "Residents told us that transit and child care come first",
        "Employment is high but uneven across neighborhoods",
        "We listened to 400 residents in 12 neighborhoods",
        "Paid training removes the main barrier to career pathways",
        "County agencies now share data with community partners",
        "Housing costs rose faster than wages since 2016",
        "Young people asked for summer jobs close to home",
        "The library system hosts digital skills classes",
        "Parents want preschool seats near where they work",
    ];

    /// <summary>Text that needs care in YAML: colons, hashes, quotes, apostrophes, accents, ampersands.</summary>
    private static readonly string[] Awkward =
    [
        "Goal: more living-wage jobs",
        "Residents' advisory panel",
        "Parks & Recreation",
        "Niños y familias: café conversations",
        "Plan #2 for the \"east side\"",
        "50% of families, by 2030",
        "- not a list item",
        "Yes",
        "2024",
        "Line with a colon at the end:",
    ];

    private static readonly string[] Headings =
    [
        "What the data say", "Who was involved", "Steps we took", "Early wins", "Lessons learned",
        "Changes to strategy", "Our vision", "How we will measure", "Resources", "Next steps", "Listening sessions",
    ];

    private static readonly string[] Organisations =
    [
        "County Administrator's Office", "Residents advisory panel", "United Way", "Community Foundation",
        "Workforce Development Board", "State University", "Regional Hospital", "Chamber of Commerce",
        "Tenants Union", "Urban League", "Public Library",
    ];

    private static readonly string[] Words =
    [
        "jobs", "training", "housing", "transit", "preschool", "youth", "wages", "health", "data", "staff",
        "families", "residents", "schools", "grants", "mentors", "apprentices", "clinics", "parks",
    ];

    private readonly Choices _c;
    private readonly GeneratedRepository _repo = new();
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly List<Target> _targets = [];
    private readonly List<(GFile File, PlanSpec? Plan, string PageUrl)> _narratives = [];

    private PlanGenerator(Choices choices) => _c = choices;

    public static GeneratedRepository Generate(Choices choices) => new PlanGenerator(choices.Restart()).Run();

    /// <summary>A page or file a narrative can link to.</summary>
    private sealed record Target(GFile? File, PlanSpec? Plan, string Url, List<string> Headings, bool IsAsset);

    private GeneratedRepository Run()
    {
        var cities = _c.Chance(40);
        var places = _c.Shuffle(cities ? MobilityDataSet.Cities : MobilityDataSet.Counties);
        WriteData(cities);
        var planCount = _c.Between(1, 3);
        var plans = new List<PlanSpec>();
        for (var i = 0; i < planCount; i++) plans.Add(NewPlan(places[i], places, i));
        WriteInput(plans);
        AddLinks();
        _repo.Description = $"{_c.Used} decisions; {planCount} plan(s), {(cities ? "cities" : "counties")}: " +
                            string.Join(", ", plans.Select(p => $"{p.Id} ({p.Place.Fips}, {(p.Released ? "released" : "draft")})"));
        return _repo;
    }

    // ---------- scalars ----------

    private YScalar Text(string text, bool longText = false)
    {
        var r = _c.Next(10);
        var style = r switch
        {
            < 5 => Quote.Plain,
            5 or 6 => Quote.Double,
            7 => Quote.Single,
            8 when longText => Quote.Folded,
            9 when longText => Quote.Literal,
            _ => Quote.Plain,
        };
        var s = new YScalar(text, style);
        if (style is Quote.Plain or Quote.Double or Quote.Single && _c.Chance(8)) s.Comment = "note for editors";
        return s;
    }

    /// <summary>An enumerated word, a date, a number: plain, or quoted now and then.</summary>
    private YScalar Word(string word)
    {
        var r = _c.Next(10);
        var s = new YScalar(word, r == 8 ? Quote.Double : r == 9 ? Quote.Single : Quote.Plain);
        if (_c.Chance(5)) s.Comment = word.Length > 3 ? "one of the allowed values" : "see the guide";
        return s;
    }

    private YScalar Fips(string fips) => new(fips, _c.Chance(50) ? Quote.Single : Quote.Double);

    private string Sentence()
    {
        var s = _c.Chance(15) ? _c.Pick(Awkward) : _c.Pick(Sentences);
        return _c.Chance(50) ? s + "." : s;
    }

    private string Paragraph() => string.Join(" ", Enumerable.Range(0, _c.Between(1, 3)).Select(_ => _c.Pick(Sentences) + "."));

    private YSeq List(IEnumerable<YNode> items, bool allowFlow = true)
    {
        var seq = new YSeq();
        seq.Items.AddRange(items);
        if (allowFlow && seq.Items.All(i => i is YScalar { Style: not (Quote.Folded or Quote.Literal) } or YMap { Flow: true }) && _c.Chance(35))
            seq.Flow = true;
        else seq.Indented = !_c.Chance(25);
        return seq;
    }

    /// <summary>Builds a mapping from fields (null values are left out), in any order, maybe in flow style, with comments.</summary>
    private YMap Map(params (string Key, YNode? Value)[] fields)
    {
        var map = new YMap();
        foreach (var (k, v) in fields)
            if (v is not null) map.Add(k, v);
        if (_c.Chance(40))
        {
            var shuffled = _c.Shuffle(map.Entries);
            map.Entries.Clear();
            map.Entries.AddRange(shuffled);
        }
        if (map.Entries.All(e => e.Value is YScalar { Style: not (Quote.Folded or Quote.Literal) }) && _c.Chance(20))
        {
            map.Flow = true;
            foreach (var e in map.Entries) ((YScalar)e.Value).Comment = null;
        }
        else
        {
            foreach (var e in map.Entries)
                if (_c.Chance(6)) e.CommentAbove = "about " + e.Key;
        }
        return map;
    }

    private string NewId(string hint)
    {
        var baseId = hint + "-" + _c.Pick(Words);
        if (_c.Chance(20)) baseId += "-" + _c.Between(1, 99).ToString(CultureInfo.InvariantCulture);
        var id = baseId;
        for (var n = 2; !_ids.Add(id); n++) id = $"{baseId}-{n}";
        return id;
    }

    // ---------- plans ----------

    private PlanSpec NewPlan(Place place, IReadOnlyList<Place> places, int index)
    {
        var id = PlanId(place, index);
        var plan = new PlanSpec
        {
            Id = id,
            Place = place,
            PlanYml = new GFile($"plans/{id}/plan.yml") { Crlf = _c.Chance(25), Bom = _c.Chance(20) },
            Released = index == 0 || _c.Chance(70),
        };
        _repo.Plans.Add(plan);
        _repo.Add(plan.PlanYml);

        var others = places.Where(p => p != place).ToList();
        plan.Peers = _c.Chance(50) ? _c.Some(others, 1, 3).Select(p => p.Fips).ToArray() : [];
        plan.PlanYml.Yaml = PlanYml(plan);
        if (_c.Chance(40)) plan.PlanYml.LeadingComments.Add("yaml-language-server: $schema=../../schemas/plan.schema.json");
        plan.PlanYml.DocumentStart = _c.Chance(10);

        if (_c.Chance(40)) AddAsset(plan, "assets/coalition.svg", Encoding.UTF8.GetBytes(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"40\" viewBox=\"0 0 200 40\"><rect width=\"200\" height=\"40\" fill=\"#12355b\"/></svg>\n"));
        if (_c.Chance(30)) AddAsset(plan, _c.Chance(50) ? "assets/map.pdf" : "assets/downloads/full-plan.pdf",
            Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"));
        if (_c.Chance(20)) AddAsset(plan, "assets/photo.png", Convert.FromBase64String(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="));

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var kinds = _c.Shuffle(ComponentKinds);
        foreach (var kind in kinds)
        {
            var name = _c.Pick(FileNames[kind]);
            if (!names.Add(name)) name = kind;
            names.Add(name);
            var file = new GFile($"{plan.Folder}/{name}.md") { IsMarkdown = true, Kind = kind, Crlf = _c.Chance(25), Bom = _c.Chance(20) };
            plan.Components[kind] = file;
        }
        // Front matter in a fixed order: the measurement plan needs the logic model's ids.
        foreach (var kind in ComponentKinds)
        {
            var file = plan.Components[kind];
            file.Yaml = kind switch
            {
                "how-we-got-here" => HowWeGotHere(),
                "findings" => Findings(plan),
                "theory-of-change" => TheoryOfChange(plan),
                "measurement-plan" => MeasurementPlan(plan),
                _ => Sustainability(),
            };
            if (_c.Chance(20)) file.LeadingComments.Add($"yaml-language-server: $schema=../../schemas/{kind}.schema.json");
            var bodyRequired = kind is "how-we-got-here" or "findings" or "sustainability";
            var headings = Body(file, bodyRequired || !_c.Chance(30));
            _repo.Add(file);
            _targets.Add(new Target(file, plan, $"/{plan.Id}/{kind}/", headings, false));
            _narratives.Add((file, plan, $"/{plan.Id}/{kind}/"));
        }

        // Years that have begun on the tests' date (TestClock.Today, 2025-06-01): a report of a year to come is MAP086.
        var years = _c.Some(new[] { 2021, 2022, 2023, 2024, 2025 }, 0, 3);
        if (!plan.Released && _c.Chance(50)) years.Clear();
        foreach (var year in years.Order())
        {
            var file = new GFile($"{plan.Folder}/progress/{year}.md") { IsMarkdown = true, Kind = year.ToString(CultureInfo.InvariantCulture), Crlf = _c.Chance(25), Bom = _c.Chance(20) };
            file.Yaml = Progress(plan, year);
            var headings = Body(file, true);
            plan.Progress.Add(file);
            _repo.Add(file);
            _targets.Add(new Target(file, plan, $"/{plan.Id}/progress/{year}/", headings, false));
            _narratives.Add((file, plan, $"/{plan.Id}/progress/{year}/"));
        }
        _targets.Add(new Target(null, plan, $"/{plan.Id}/", [], false));
        return plan;
    }

    private string PlanId(Place place, int index)
    {
        var name = place.Name.ToLowerInvariant().Replace(".", "").Replace(' ', '-');
        var id = _c.Next(4) switch
        {
            0 => name,
            1 => place.IsCity ? "city-of-" + name : name + "-map",
            2 => name + "-" + (2023 + index),
            _ => place.State.ToLowerInvariant() + "-" + name,
        };
        return id;
    }

    private void AddAsset(PlanSpec plan, string relative, byte[] bytes)
    {
        var file = new GFile($"{plan.Folder}/{relative}") { Raw = bytes };
        plan.Assets.Add(file);
        _repo.Add(file);
        _targets.Add(new Target(file, plan, $"/{plan.Id}/{relative}", [], true));
    }

    private YMap PlanYml(PlanSpec plan)
    {
        var place = plan.Place;
        var jurisdiction = Map(
            ("name", Text(place.IsCity ? place.Name + (_c.Chance(50) ? "" : " city") : place.Name)),
            ("type", Word(place.Type)),
            ("state", Word(place.State)),
            ("fips", Fips(place.Fips)));
        var coalition = List(Enumerable.Range(0, _c.Between(1, 4)).Select(_ => (YNode)Map(
            ("name", Text(_c.Chance(15) ? _c.Pick(Awkward) : _c.Pick(Organisations))),
            ("sector", Word(_c.Pick(Sectors))),
            ("role", _c.Chance(50) ? Text(_c.Chance(20) ? "Convener: chairs the meetings" : "Convener") : null))).ToList());
        var released = plan.Released || _c.Chance(30)
            ? Word(new DateOnly(2023, 1, 1).AddDays(_c.Next(880)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) // by TestClock.Today: a later one is MAP086
            : null;
        var contact = _c.Chance(50)
            ? Map(("name", _c.Chance(60) ? Text("Mobility team") : null),
                ("email", _c.Chance(60) ? Text("mobility@example.org") : null),
                ("url", _c.Chance(60) ? Text(_c.Chance(50) ? "https://example.org/mobility" : "http://example.org/plan?id=1") : null))
            : null;
        if (contact is { Entries.Count: 0 }) contact = null;
        var summary = Text(Paragraph() + (_c.Chance(20) ? " " + _c.Pick(Awkward) : ""), longText: true);
        return Map(
            ("title", Text(_c.Chance(20) ? $"{place.Name}: Mobility Action Plan" : $"{place.Name} Mobility Action Plan")),
            ("jurisdiction", jurisdiction),
            ("status", Word(plan.Released ? "released" : "draft")),
            ("released", released),
            ("summary", summary),
            ("coalition", coalition),
            ("peers", plan.Peers.Length > 0 ? List(plan.Peers.Select(p => (YNode)Fips(p)).ToList()) : _c.Chance(5) ? new YSeq() : null),
            ("language", _c.Chance(30) ? Word(_c.Pick(new[] { "en", "en-US", "es", "en" })) : null),
            ("contact", contact));
    }

    private YMap HowWeGotHere()
    {
        YSeq? timeline = null;
        if (_c.Chance(60))
        {
            timeline = List(Enumerable.Range(0, _c.Between(1, 4)).Select(i => (YNode)Map(
                ("date", Word(_c.Next(4) switch { 0 => "2021", 1 => "2021-06", 2 => "2022-03-15", _ => "Spring 2022" })),
                ("event", Text(Sentence())))).ToList());
        }
        if (timeline is null && _c.Chance(5)) timeline = new YSeq();
        return Map(("component", Word("how-we-got-here")), ("timeline", timeline));
    }

    private YMap Findings(PlanSpec plan)
    {
        var fips = plan.Place.Fips;
        var withData = _withData.TryGetValue(fips, out var m) ? m : [];
        var race = _withRace.TryGetValue(fips, out var r) ? r : [];
        var entries = new List<YNode>();
        foreach (var metric in _c.Some(withData, 1, 3))
        {
            entries.Add(Map(
                ("metric", Word(metric)),
                ("subgroups", race.Contains(metric) && _c.Chance(50) ? List([Word("race-ethnicity")]) : null),
                ("compare", plan.Peers.Length > 0 && _c.Chance(50) ? Word("peers") : null),
                ("takeaway", _c.Chance(50) ? Text(Sentence()) : null)));
        }
        var locals = _c.Chance(40) ? _c.Between(1, 2) : 0;
        for (var i = 0; i < locals; i++)
        {
            var name = i == 0 ? "youth-jobs" : "program_enrollment";
            var csv = LocalCsv(out var subgroups);
            var data = new GFile($"{plan.Folder}/data/{name}.csv") { Raw = Encoding.UTF8.GetBytes(csv) };
            plan.DataFiles.Add(data);
            _repo.Add(data);
            entries.Add(Map(
                ("file", Word(_c.Chance(70) ? $"data/{name}.csv" : $"{name}.csv")),
                ("label", Text(_c.Chance(20) ? _c.Pick(Awkward) : "Youth placed in summer jobs")),
                ("unit", Word(_c.Pick(new[] { "people", "percent", "dollars", "jobs" }))),
                ("subgroups", subgroups && _c.Chance(50) ? List([Word("race-ethnicity")]) : null),
                ("takeaway", _c.Chance(40) ? Text(Sentence()) : null)));
        }
        var ordered = _c.Shuffle(entries);
        return Map(("component", Word("findings")), ("metrics", List(ordered)));
    }

    private string LocalCsv(out bool subgroups)
    {
        subgroups = _c.Chance(40);
        var bounds = _c.Chance(40);
        var sb = new StringBuilder("year,value");
        if (subgroups) sb.Append(",subgroup_type,subgroup");
        if (bounds) sb.Append(",lb,ub");
        sb.Append('\n');
        var groups = subgroups
            ? new[] { (_c.Chance(50) ? "all" : "", _c.Chance(50) ? "All" : ""), ("race-ethnicity", "Hispanic"), ("race-ethnicity", "\"Black, Non-Hispanic\"") }
            : new[] { ("", "") };
        foreach (var year in Enumerable.Range(2019, _c.Between(1, 5)))
        {
            foreach (var (type, label) in groups)
            {
                var value = 40 + _c.Next(400);
                var decimals = _c.Chance(20);
                sb.Append(year).Append(',').Append(decimals ? (value / 1000.0).ToString("0.###", CultureInfo.InvariantCulture) : value);
                if (subgroups) sb.Append(',').Append(type).Append(',').Append(label);
                if (bounds && _c.Chance(10)) sb.Append(",,");
                else if (bounds) sb.Append(',').Append(decimals ? ((value - 5) / 1000.0).ToString("0.###", CultureInfo.InvariantCulture) : value - 5)
                    .Append(',').Append(decimals ? ((value + 5) / 1000.0).ToString("0.###", CultureInfo.InvariantCulture) : value + 5);
                sb.Append('\n');
            }
        }
        // Spreadsheets save CSV with CRLF line endings, some with a BOM.
        return _c.Chance(25) ? (_c.Chance(50) ? "\uFEFF" : "") + sb.ToString().Replace("\n", "\r\n") : sb.ToString();
    }

    private YMap TheoryOfChange(PlanSpec plan)
    {
        YMap? toc = null;
        if (_c.Chance(60))
        {
            YSeq Strings() => List(Enumerable.Range(0, _c.Between(1, 3)).Select(_ => (YNode)Text(Sentence())).ToList());
            toc = Map(("preconditions", Strings()), ("outcomes", Strings()), ("assumptions", Strings()));
        }
        YSeq Items(string kind, int min, int max, bool activity = false)
        {
            var seq = new YSeq();
            var items = new List<YNode>();
            for (int i = 0, n = _c.Between(min, max); i < n; i++)
            {
                var id = NewId(kind == "input" ? "in" : kind == "output" ? "out" : kind);
                string? pillar = activity && _c.Chance(60) ? _c.Pick(Pillars) : null;
                if (pillar is not null)
                {
                    pillar = _c.Next(4) switch
                    {
                        0 => pillar,
                        1 => pillar.ToLowerInvariant().Replace(' ', '-'),
                        2 => pillar.ToUpperInvariant(),
                        _ => pillar.ToLowerInvariant(),
                    };
                }
                var item = Map(("id", Word(id)), ("text", Text(Sentence())), ("pillar", pillar is null ? null : Text(pillar)));
                items.Add(item);
            }
            var list = List(items);
            foreach (var item in items.Cast<YMap>())
                plan.LogicItems.Add((((YScalar)item["id"]!).Value, kind, item, list));
            return list;
        }
        var inputs = Items("input", 1, 3);
        var activities = Items("activity", 1, 3, activity: true);
        var outputs = Items("output", 1, 3);
        var shortTerm = Items("outcome", 0, 2);
        var intermediate = Items("outcome", 0, 2);
        var longTerm = Items("outcome", shortTerm.Items.Count + intermediate.Items.Count == 0 ? 1 : 0, 2);
        var outcomes = Map(("short_term", shortTerm), ("intermediate", intermediate), ("long_term", longTerm));
        var logic = Map(("inputs", inputs), ("activities", activities), ("outputs", outputs), ("outcomes", outcomes));
        return Map(
            ("component", Word("theory-of-change")),
            ("vision", Text(Sentence(), longText: true)),
            ("theory_of_change", toc),
            ("logic_model", logic));
    }

    private YMap MeasurementPlan(PlanSpec plan)
    {
        var indicators = new List<YNode>();
        var measured = plan.LogicItems.Where(i => i.Kind != "activity").ToList();
        foreach (var item in measured)
        {
            for (int i = 0, n = _c.Chance(20) ? 2 : 1; i < n; i++) indicators.Add(Indicator(plan, item.Id));
        }
        return Map(("component", Word("measurement-plan")), ("indicators", List(_c.Shuffle(indicators))));
    }

    public YMap Indicator(PlanSpec plan, string measures, string? id = null)
    {
        id ??= NewId("ind");
        YMap Point(int year) => Map(("value", Word(_c.Chance(50) ? (10 + _c.Next(300)).ToString(CultureInfo.InvariantCulture) : _c.Pick(new[] { "72.5", "0", "1200", "41000", "0.8", "-3" }))), ("year", Word(year.ToString(CultureInfo.InvariantCulture))));
        var item = Map(
            ("id", Word(id)),
            ("name", Text(_c.Chance(15) ? _c.Pick(Awkward) : "Residents enrolled in paid training")),
            ("measures", Word(measures)),
            ("source", Text("Program records")),
            ("responsible", Text(_c.Pick(Organisations))),
            ("frequency", Word(_c.Pick(Frequencies))),
            ("unit", _c.Chance(40) ? Word(_c.Pick(new[] { "people", "percent", "dollars" })) : null),
            ("direction", _c.Chance(40) ? Word(_c.Pick(Directions)) : null),
            ("baseline", _c.Chance(40) ? Point(2022) : null),
            ("target", _c.Chance(40) ? Point(2027) : null),
            ("disaggregate_by", _c.Chance(30) ? List(_c.Chance(70) ? [Word("race-ethnicity")] : [Word("race-ethnicity"), Word("gender")]) : null),
            ("metric", _c.Chance(30) ? Word(_c.Pick(MobilityDataSet.Catalog)) : null));
        plan.Indicators.Add((id, measures, item));
        return item;
    }

    private YMap Sustainability()
    {
        var commitments = List(Enumerable.Range(0, _c.Between(1, 3)).Select(_ => (YNode)Map(
            ("action", Text(Sentence())),
            ("responsible", Text(_c.Pick(Organisations))),
            ("resources", Text(_c.Chance(20) ? "$250,000 a year: county general fund" : "County general fund")),
            ("timeline", _c.Chance(50) ? Word(_c.Chance(50) ? "2024-2027" : "ongoing") : null))).ToList());
        return Map(("component", Word("sustainability")), ("commitments", commitments));
    }

    private YMap Progress(PlanSpec plan, int year)
    {
        var updates = _c.Some(plan.Indicators.Select(i => i.Id).ToList(), 1, 3).Select(id => (YNode)Map(
            ("indicator", Word(id)),
            ("value", _c.Chance(60) ? Word(_c.Chance(80) ? (5 + _c.Next(500)).ToString(CultureInfo.InvariantCulture) : _c.Pick(new[] { "74", "1350", "38500", "0.45" })) : null),
            ("status", Word(_c.Pick(Statuses))),
            ("note", _c.Chance(40) ? Text(Sentence()) : null))).ToList();
        return Map(
            ("year", _c.Chance(15) ? new YScalar(year.ToString(CultureInfo.InvariantCulture), Quote.Double) : Word(year.ToString(CultureInfo.InvariantCulture))),
            ("updates", List(updates)));
    }

    /// <summary>Paragraphs, headings and lists; returns the ids of the headings (GitHub style, as StaticMap gives them).</summary>
    private List<string> Body(GFile file, bool required)
    {
        var headings = new List<string>();
        if (!required) return headings;
        var used = new HashSet<string>();
        var blocks = _c.Between(1, 4);
        for (var i = 0; i < blocks; i++)
        {
            switch (_c.Next(4))
            {
                case 1:
                    var h = _c.Pick(Headings);
                    if (!used.Add(h)) goto default;
                    file.Body.Add(MdBlock.Of("## " + h));
                    headings.Add(h.ToLowerInvariant().Replace(' ', '-'));
                    break;
                case 2:
                    var list = new MdBlock();
                    foreach (var _ in Enumerable.Range(0, _c.Between(1, 3))) list.Line("- " + _c.Pick(Sentences));
                    file.Body.Add(list);
                    break;
                default:
                    file.Body.Add(MdBlock.Of(Paragraph()));
                    break;
            }
        }
        if (file.Body.All(b => b.Lines.All(l => l.Count == 1 && l[0] is string s && s.StartsWith("## "))))
            file.Body.Add(MdBlock.Of(Paragraph()));
        return headings;
    }

    // ---------- data and site pages ----------

    private Dictionary<string, string[]> _withData = [];
    private Dictionary<string, string[]> _withRace = [];

    private void WriteData(bool cities)
    {
        var written = new List<(DataFileSource, string[])>();
        var folders = new[] { "", "urban", "mobility-metrics/2025" };
        foreach (var source in MobilityDataSet.Files.Where(f => f.ForCities == cities))
        {
            if (source.FileName.Contains("race-ethnicity") && !_c.Chance(70)) continue;
            var folder = _c.Next(4) switch { 0 => "", 1 => source.UrbanFolder, _ => _c.Pick(folders) };
            var path = "input/data/" + (folder.Length > 0 ? folder + "/" : "") + source.FileName;
            var rows = source.Rows();
            written.Add((source, rows));
            _repo.Add(new GFile(path) { Raw = Encoding.UTF8.GetBytes(string.Join("\n", rows) + "\n") });
        }
        _withData = MobilityDataSet.Index(written, raceOnly: false);
        _withRace = MobilityDataSet.Index(written, raceOnly: true);
    }

    private void WriteInput(List<PlanSpec> plans)
    {
        var released = plans.Where(p => p.Released).ToList();
        GFile Page(string name, string title, bool frontMatter)
        {
            var file = new GFile($"input/{name}.md") { IsMarkdown = true, Crlf = _c.Chance(25), Bom = _c.Chance(20) };
            if (frontMatter)
                file.Yaml = Map(("title", Text(title)), ("description", _c.Chance(50) ? Text(Sentence()) : null));
            file.Body.Add(MdBlock.Of(Paragraph()));
            _repo.Add(file);
            return file;
        }
        var index = Page("index", "Mobility Action Plans", true);
        if (_c.Chance(50)) index.Body.Add(MdBlock.Of("Read more ", new MdLink("about this site", "/about/"), "."));
        var about = Page("about", "About this site", _c.Chance(80));
        _targets.Add(new Target(about, null, "/about/", [], false));
        Page("accessibility", "Accessibility statement", _c.Chance(80));
        var notFound = Page("404", "Page not found", _c.Chance(80));
        notFound.Body.Add(MdBlock.Of("- Go to the ", new MdLink("home page", "/"), ".")
            .Line(released.Count > 0 ? new object[] { "- Read the ", new MdLink("first plan", $"/{released[0].Id}/"), "." } : ["- Browse the plans."]));
        _narratives.Add((about, null, "/about/"));
    }

    // ---------- links ----------

    private void AddLinks()
    {
        foreach (var (file, plan, pageUrl) in _narratives)
        {
            var count = _c.Next(4);
            for (var i = 0; i < count; i++)
            {
                var candidates = _targets.Where(t => t.File != file && (t.Plan is null || t.Plan == plan || t.Plan.Released)).ToList();
                if (candidates.Count == 0) break;
                var target = _c.Pick(candidates);
                var address = Address(file, pageUrl, target);
                if (address is null) continue;
                var title = _c.Chance(10) ? "More about this" : null;
                var reference = _c.Chance(10) ? "ref-" + i : null;
                var isImage = target.File is { } f && (f.Path.EndsWith(".svg", StringComparison.Ordinal) || f.Path.EndsWith(".png", StringComparison.Ordinal));
                var link = isImage
                    ? new MdLink("Coalition members by sector", address, image: _c.Chance(50)) { TargetFile = target.File, Title = title, Reference = reference }
                    : new MdLink(_c.Pick(new[] { "findings", "the 2024 report", "our plan", "this page", "more" }), address) { TargetFile = target.File, Title = title, Reference = reference };
                file.Body.Add(MdBlock.Of(_c.Chance(50) ? "See " : "Read ", link, _c.Chance(50) ? "." : " for details."));
                if (reference is not null) file.Body.Add(MdBlock.Of(new MdDefinition(link)));
            }
            if (_c.Chance(15))
                file.Body.Add(MdBlock.Of(_c.Chance(50) ? "Data: <https://www.urban.org/mobility-metrics>." : "Read the [planning guide](https://upwardmobility.urban.org/) or write to [the team](mailto:mobility@example.org)."));
            var own = _targets.FirstOrDefault(t => t.File == file);
            if (own is { Headings.Count: > 0 } && _c.Chance(30))
                file.Body.Add(MdBlock.Of("Jump to ", new MdLink("a section", "#" + _c.Pick(own.Headings)), "."));
        }
    }

    /// <summary>One of the contract's ways of writing a link from <paramref name="from"/> to <paramref name="target"/>.</summary>
    private string? Address(GFile from, string fromUrl, Target target)
    {
        var forms = new List<int>();
        if (target.File is not null && (target.Plan is not null || target.File.Path.StartsWith("input/"))) forms.Add(0); // the file
        forms.Add(1);                                             // absolute page address
        if (!target.IsAsset) forms.Add(2); // page address relative to the linking page
        var form = _c.Pick(forms);
        string address;
        switch (form)
        {
            case 0:
                var relative = RelativePath(Folder(from.Path), target.File!.Path);
                address = relative.Contains(' ') && _c.Chance(50)
                    ? "<" + relative + ">" // CommonMark's form for a destination with spaces
                    : string.Join('/', relative.Split('/').Select(Uri.EscapeDataString));
                break;
            case 1:
                address = target.Url;
                if (address.EndsWith('/') && address.Length > 1 && _c.Chance(40)) address = address.TrimEnd('/');
                break;
            default:
                address = RelativePath(fromUrl.TrimEnd('/'), target.Url.TrimEnd('/'));
                if (address.Length == 0) return null;
                if (_c.Chance(60)) address += "/";
                break;
        }
        if (target.Headings.Count > 0 && _c.Chance(40))
        {
            var fragment = "#" + _c.Pick(target.Headings);
            address = address.EndsWith('>') ? address[..^1] + fragment + ">" : address + fragment;
        }
        return address;
    }

    private static string Folder(string path) => path.Contains('/') ? path[..path.LastIndexOf('/')] : "";

    /// <summary>The relative path from a folder to a file or folder, both written from the same root.</summary>
    public static string RelativePath(string fromFolder, string to)
    {
        var a = fromFolder.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var b = to.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var common = 0;
        while (common < a.Length && common < b.Length - 1 && a[common] == b[common]) common++;
        return string.Join('/', Enumerable.Repeat("..", a.Length - common).Concat(b.Skip(common)));
    }
}
