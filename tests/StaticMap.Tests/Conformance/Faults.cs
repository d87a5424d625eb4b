namespace StaticMap.Tests.Conformance;

/// <summary>The one diagnostic a fault must give: its code, and where (computed once the faulty repository is written).</summary>
public sealed record Expected(string Code, string Path, Func<IReadOnlyDictionary<string, WrittenFile>, Pos> At)
{
    public string Note { get; init; } = "";
}

/// <summary>A single fault applied to a generated repository; null when the repository has nothing it applies to.</summary>
public sealed record Fault(string Name, Func<GeneratedRepository, Choices, Expected?> Apply)
{
    public override string ToString() => Name;
}

/// <summary>
/// The catalogue of single faults. Each breaks one rule of the contract in one place of a generated repository and
/// says which diagnostic (code, file, line and column) StaticMap must give for it, and nothing else.
/// </summary>
public static class Faults
{
    private static Pos At(IReadOnlyDictionary<string, WrittenFile> w, GFile file, object node) => w[file.Path].Positions.Of(node);

    private static Expected ValueOf(string code, GFile file, YNode node) => new(code, file.Path, w => At(w, file, node));

    private static Expected KeyOf(string code, GFile file, YEntry entry) => new(code, file.Path, w => At(w, file, entry));

    private static Expected WholeFile(string code, string path) => new(code, path, _ => new Pos(1, 1));

    private static PlanSpec Plan(GeneratedRepository r, Choices c) => c.Pick(r.Plans);

    private static YScalar Scalar(YMap map, string key) => (YScalar)map[key]!;

    /// <summary>Every component and progress file of the repository, with its plan.</summary>
    private static IEnumerable<GFile> Narratives(GeneratedRepository r) => r.Files.Where(f => f.IsMarkdown);

    /// <summary>Takes out every paragraph that links to <paramref name="file"/>, so that removing or renaming it breaks nothing else.</summary>
    private static void DropLinksTo(GeneratedRepository r, GFile file)
    {
        foreach (var f in Narratives(r))
            f.Body.RemoveAll(b => b.Links.Any(l => l.TargetFile == file));
    }

    private static YMap Front(PlanSpec p, string kind) => p.Components[kind].Yaml!;

    private static List<YMap> Items(YMap map, string key) => map[key] is YSeq s ? s.Items.OfType<YMap>().ToList() : [];

    /// <summary>A near miss: one letter dropped (never the first).</summary>
    private static string Misspell(string word, Choices c)
    {
        var at = 1 + c.Next(word.Length - 1);
        return word.Remove(at, 1);
    }

    private static Expected? RemoveField(string code, GFile file, YMap map, string key)
    {
        if (map.Find(key) is null) return null;
        map.Remove(key);
        return new Expected(code, file.Path, w => At(w, file, map)) { Note = $"'{key}' removed" };
    }

    /// <summary>The faults in use: the whole <see cref="Catalogue"/>.</summary>
    public static readonly IReadOnlyList<Fault> All = Catalogue().ToList();

    private const string UnknownFragment = "narrative: a link whose #fragment names no heading";

    private static IEnumerable<Fault> Catalogue() =>
    [
        new("plan.yml: a required field removed", (r, c) =>
        {
            var p = Plan(r, c);
            var key = c.Pick(new[] { "title", "summary", "coalition", "jurisdiction", "status" });
            if (key == "status" && !p.Released && p.PlanYml.Yaml!.Find("released") is null) key = "title";
            return RemoveField("MAP010", p.PlanYml, p.PlanYml.Yaml!, key);
        }),
        new("plan.yml: a required jurisdiction field removed", (r, c) =>
        {
            var p = Plan(r, c);
            var key = c.Pick(p.Place.IsCity ? new[] { "name", "state", "fips" } : new[] { "name", "type", "state", "fips" });
            return RemoveField("MAP010", p.PlanYml, (YMap)p.PlanYml.Yaml!["jurisdiction"]!, key);
        }),
        new("plan.yml: a coalition member without its name or sector", (r, c) =>
        {
            var p = Plan(r, c);
            var member = c.Pick(Items(p.PlanYml.Yaml!, "coalition"));
            return RemoveField("MAP010", p.PlanYml, member, c.Pick(new[] { "name", "sector" }));
        }),
        new("plan.yml: released without a release date", (r, c) =>
        {
            var p = r.Plans.FirstOrDefault(x => x.Released);
            if (p is null) return null;
            p.PlanYml.Yaml!.Remove("released");
            return ValueOf("MAP050", p.PlanYml, p.PlanYml.Yaml["status"]!);
        }),
        new("plan.yml: a required field empty", (r, c) =>
        {
            var p = Plan(r, c);
            var y = p.PlanYml.Yaml!;
            if (c.Chance(50))
            {
                y.Find("summary")!.Value = new YScalar("", Quote.Double);
                return KeyOf("MAP011", p.PlanYml, y.Find("summary")!);
            }
            y.Find("coalition")!.Value = new YSeq { Flow = true };
            return KeyOf("MAP011", p.PlanYml, y.Find("coalition")!);
        }),
        new("plan.yml: a key written twice", (r, c) =>
        {
            var p = Plan(r, c);
            var second = new YEntry("summary", new YScalar("Written a second time."));
            var y = p.PlanYml.Yaml!;
            if (y.Flow) return null;
            y.Entries.Insert(y.Entries.FindIndex(e => e.Key == "summary") + 1 + c.Next(y.Entries.Count - y.Entries.FindIndex(e => e.Key == "summary")), second);
            return KeyOf("MAP008", p.PlanYml, second);
        }),
        new("plan.yml: peers written as text, not a list", (r, c) =>
        {
            var p = r.Plans.FirstOrDefault(x => x.Peers.Length > 0);
            if (p is null) return null;
            var value = new YScalar(p.Peers[0], Quote.Double);
            p.PlanYml.Yaml!.Find("peers")!.Value = value;
            return ValueOf("MAP012", p.PlanYml, value);
        }),
        new("plan.yml: a bad FIPS code", (r, c) =>
        {
            var p = Plan(r, c);
            var fips = Scalar((YMap)p.PlanYml.Yaml!["jurisdiction"]!, "fips");
            fips.Value = c.Next(3) switch
            {
                0 => fips.Value[..^1],
                1 => fips.Value + "1",
                _ => fips.Value[..2] + "A" + fips.Value[3..],
            };
            return ValueOf("MAP016", p.PlanYml, fips);
        }),
        new("plan.yml: a bad peer FIPS code", (r, c) =>
        {
            var p = r.Plans.FirstOrDefault(x => x.Peers.Length > 0);
            if (p is null) return null;
            var peer = (YScalar)c.Pick(((YSeq)p.PlanYml.Yaml!["peers"]!).Items);
            peer.Value = peer.Value[..^1];
            return ValueOf("MAP016", p.PlanYml, peer);
        }),
        new("plan.yml: a bad state code", (r, c) =>
        {
            var p = Plan(r, c);
            var state = Scalar((YMap)p.PlanYml.Yaml!["jurisdiction"]!, "state");
            state.Value = c.Pick(new[] { "XX", "California", "Penn" });
            return ValueOf("MAP017", p.PlanYml, state);
        }),
        new("plan.yml: a FIPS code of another state", (r, c) =>
        {
            var p = Plan(r, c);
            var j = (YMap)p.PlanYml.Yaml!["jurisdiction"]!;
            var state = Scalar(j, "state");
            state.Value = state.Value == "CA" ? "MN" : "CA";
            return ValueOf("MAP017", p.PlanYml, j["fips"]!);
        }),
        new("plan.yml: a sector not in the list", (r, c) =>
        {
            var p = Plan(r, c);
            var sector = Scalar(c.Pick(Items(p.PlanYml.Yaml!, "coalition")), "sector");
            sector.Value = c.Pick(new[] { "goverment", "business", "faith", "Community Group" });
            return ValueOf("MAP014", p.PlanYml, sector);
        }),
        new("plan.yml: a status not in the list", (r, c) =>
        {
            var p = Plan(r, c);
            var status = Scalar(p.PlanYml.Yaml!, "status");
            if (p.PlanYml.Yaml!.Find("released") is null) return null;
            status.Value = c.Pick(new[] { "publishd", "final", "published" });
            return ValueOf("MAP014", p.PlanYml, status);
        }),
        new("plan.yml: a jurisdiction type not in the list", (r, c) =>
        {
            var p = r.Plans.FirstOrDefault(x => !x.Place.IsCity);
            if (p is null) return null;
            var type = Scalar((YMap)p.PlanYml.Yaml!["jurisdiction"]!, "type");
            type.Value = c.Pick(new[] { "counti", "borough", "County Government" });
            return ValueOf("MAP014", p.PlanYml, type);
        }),
        new("plan.yml: a release date that is not a date", (r, c) =>
        {
            var p = Plan(r, c);
            if (p.PlanYml.Yaml!["released"] is not YScalar released) return null;
            released.Value = c.Pick(new[] { "2024-02-30", "2024-13-01", "14 May 2024", "2024/05/14" });
            return ValueOf("MAP013", p.PlanYml, released);
        }),
        new("plan.yml: a bad language tag", (r, c) =>
        {
            var p = Plan(r, c);
            var value = new YScalar(c.Pick(new[] { "English", "en_US", "e" }));
            var y = p.PlanYml.Yaml!;
            if (y.Find("language") is { } e) e.Value = value;
            else y.Add("language", value);
            return ValueOf("MAP025", p.PlanYml, value);
        }),
        new("plan.yml: a bad contact email or url", (r, c) =>
        {
            var p = Plan(r, c);
            var y = p.PlanYml.Yaml!;
            var email = c.Chance(50);
            var value = new YScalar(email ? "mobility at example.org" : "www.example.org/mobility");
            if (y["contact"] is YMap contact)
            {
                if (contact.Find(email ? "email" : "url") is { } e) e.Value = value;
                else contact.Add(email ? "email" : "url", value);
            }
            else y.Add("contact", new YMap().Add(email ? "email" : "url", value));
            return ValueOf("MAP019", p.PlanYml, value);
        }),
        new("component: a required field removed", (r, c) =>
        {
            var p = Plan(r, c);
            var (kind, key) = c.Pick(new[] { ("findings", "metrics"), ("theory-of-change", "vision"), ("sustainability", "commitments") });
            return RemoveField("MAP010", p.Components[kind], Front(p, kind), key);
        }),
        new("component: the component value misspelled", (r, c) =>
        {
            var p = Plan(r, c);
            var kind = c.Pick(new[] { "how-we-got-here", "findings", "sustainability" });
            var value = Scalar(Front(p, kind), "component");
            value.Value = Misspell(value.Value, c);
            // Links to the file itself resolve to the plan's overview, but StaticMap reports links to its page address
            // (/plan/findings/) as leading nowhere: a second error for the same fault, left out here.
            DropLinksTo(r, p.Components[kind]);
            return ValueOf("MAP022", p.Components[kind], value);
        }),
        new("component: a component file missing", (r, c) =>
        {
            var p = Plan(r, c);
            var file = p.Components[c.Pick(new[] { "how-we-got-here", "findings", "sustainability" })];
            r.Files.Remove(file);
            DropLinksTo(r, file);
            return WholeFile("MAP020", p.PlanYml.Path);
        }),
        new("component: two files with the same component", (r, c) =>
        {
            var p = Plan(r, c);
            var kind = c.Pick(new[] { "how-we-got-here", "sustainability" });
            var original = p.Components[kind];
            var copy = new GFile($"{p.Folder}/{c.Pick(new[] { "copy-of-", "zz-", "a-", "" })}{kind}-{c.Pick(new[] { "draft", "old", "2" })}.md")
            {
                IsMarkdown = true, Kind = kind, Yaml = new YMap().Add("component", new YScalar(kind)),
            };
            foreach (var e in original.Yaml!.Entries.Where(e => e.Key != "component")) copy.Yaml.Entries.Add(e);
            copy.Body.Add(MdBlock.Of("A second copy of this part of the plan."));
            r.Files.Add(copy);
            var later = string.CompareOrdinal(copy.Path, original.Path) > 0 ? copy : original;
            return new Expected("MAP021", later.Path, w => At(w, later, later.Yaml!["component"]!)) { Note = $"copy {copy.Path} of {original.Path}" };
        }),
        new("component: narrative missing", (r, c) =>
        {
            var p = Plan(r, c);
            var file = p.Components[c.Pick(new[] { "how-we-got-here", "findings", "sustainability" })];
            file.Body.Clear();
            return ValueOf("MAP023", file, file.Yaml!["component"]!);
        }),
        new("findings: a metric name not in the catalog", (r, c) =>
        {
            var p = Plan(r, c);
            var entries = Items(Front(p, "findings"), "metrics").Where(m => m.Find("metric") is not null).ToList();
            if (entries.Count == 0) return null;
            var metric = Scalar(c.Pick(entries), "metric");
            metric.Value = c.Chance(50) ? Misspell(metric.Value, c) : "share_unicorns";
            return ValueOf("MAP070", p.Components["findings"], metric);
        }),
        new("findings: an entry with neither metric nor file", (r, c) =>
        {
            var p = Plan(r, c);
            var entry = new YMap().Add("takeaway", new YScalar("Nothing to show here."));
            ((YSeq)Front(p, "findings")["metrics"]!).Items.Add(entry);
            return ValueOf("MAP026", p.Components["findings"], entry);
        }),
        new("theory of change: an id that is not kebab-case", (r, c) =>
        {
            var p = Plan(r, c);
            var outputs = (YSeq)((YMap)Front(p, "theory-of-change")["logic_model"]!)["outputs"]!;
            var id = new YScalar(c.Pick(new[] { "Youth_Jobs", "youth jobs", "youth--jobs", "-youth" }), Quote.Double);
            outputs.Items.Add(new YMap().Add("id", id).Add("text", new YScalar("Youth placed in jobs")));
            var indicators = (YSeq)Front(p, "measurement-plan")["indicators"]!;
            indicators.Items.Add(NewIndicator("youth-jobs-placed", new YScalar(id.Value, Quote.Double)));
            return ValueOf("MAP018", p.Components["theory-of-change"], id);
        }),
        new("theory of change: a pillar not in the list", (r, c) =>
        {
            var p = Plan(r, c);
            var activity = c.Pick(Items((YMap)Front(p, "theory-of-change")["logic_model"]!, "activities"));
            var pillar = new YScalar(c.Pick(new[] { "Rewarding jobs", "education", "health-care", "Pillar 3" }));
            if (activity.Find("pillar") is { } e) e.Value = pillar;
            else activity.Add("pillar", pillar);
            return ValueOf("MAP014", p.Components["theory-of-change"], pillar);
        }),
        new("theory of change: a logic-model item without an indicator", (r, c) =>
        {
            var p = Plan(r, c);
            var logic = (YMap)Front(p, "theory-of-change")["logic_model"]!;
            var list = c.Chance(50) ? (YSeq)logic["outputs"]! : (YSeq)((YMap)logic["outcomes"]!)["long_term"]!;
            var id = new YScalar("unmeasured-item");
            list.Items.Add(new YMap().Add("id", id).Add("text", new YScalar("Something nobody measures")));
            list.Flow = false;
            return ValueOf("MAP032", p.Components["theory-of-change"], id);
        }),
        new("theory of change: an id used twice in the logic model", (r, c) =>
        {
            var p = Plan(r, c);
            var logic = (YMap)Front(p, "theory-of-change")["logic_model"]!;
            // An input's id again on an output: both are measurable, so the indicators of the input stay valid.
            // (Again on an activity, StaticMap also reports the input's indicators as measuring an activity, MAP034.)
            var input = Scalar(Items(logic, "inputs")[0], "id").Value;
            var id = new YScalar(input);
            var outputs = (YSeq)logic["outputs"]!;
            outputs.Items.Add(new YMap().Add("id", id).Add("text", new YScalar("An output with an input's id")));
            return ValueOf("MAP030", p.Components["theory-of-change"], id);
        }),
        new("measurement plan: an indicator field removed", (r, c) =>
        {
            var p = Plan(r, c);
            var indicator = c.Pick(Items(Front(p, "measurement-plan"), "indicators"));
            return RemoveField("MAP010", p.Components["measurement-plan"], indicator, c.Pick(new[] { "name", "source", "responsible", "frequency" }));
        }),
        new("measurement plan: an unknown measures id", (r, c) =>
        {
            var p = Plan(r, c);
            var measures = new YScalar(c.Pick(new[] { "no-such-item", "zz-unknown-outcome" }));
            ((YSeq)Front(p, "measurement-plan")["indicators"]!).Items.Add(NewIndicator("extra-indicator", measures));
            return ValueOf("MAP031", p.Components["measurement-plan"], measures);
        }),
        new("measurement plan: an indicator id used twice", (r, c) =>
        {
            var p = Plan(r, c);
            var existing = c.Chance(50) ? c.Pick(p.Indicators).Id : c.Pick(p.LogicItems).Id;
            var measures = c.Pick(p.LogicItems.Where(i => i.Kind != "activity").ToList()).Id;
            var id = new YScalar(existing);
            ((YSeq)Front(p, "measurement-plan")["indicators"]!).Items.Add(NewIndicator(id, new YScalar(measures)));
            return ValueOf("MAP030", p.Components["measurement-plan"], id);
        }),
        new("measurement plan: an indicator measures an activity", (r, c) =>
        {
            var p = Plan(r, c);
            var measures = new YScalar(c.Pick(p.LogicItems.Where(i => i.Kind == "activity").ToList()).Id);
            ((YSeq)Front(p, "measurement-plan")["indicators"]!).Items.Add(NewIndicator("activity-indicator", measures));
            return ValueOf("MAP034", p.Components["measurement-plan"], measures);
        }),
        new("measurement plan: a frequency or direction not in the list", (r, c) =>
        {
            var p = Plan(r, c);
            var indicator = c.Pick(Items(Front(p, "measurement-plan"), "indicators"));
            var frequency = c.Chance(50);
            var value = new YScalar(frequency ? c.Pick(new[] { "yearly", "weekly", "Annualy" }) : c.Pick(new[] { "up", "higher", "increasing" }));
            var key = frequency ? "frequency" : "direction";
            if (indicator.Find(key) is { } e) e.Value = value;
            else indicator.Add(key, value);
            return ValueOf("MAP014", p.Components["measurement-plan"], value);
        }),
        new("measurement plan: a baseline year that is not a year", (r, c) =>
        {
            var p = Plan(r, c);
            var indicator = c.Pick(Items(Front(p, "measurement-plan"), "indicators"));
            var year = new YScalar(c.Pick(new[] { "22", "last year", "20222" }));
            var point = new YMap { Flow = c.Chance(50) }.Add("value", new YScalar("120")).Add("year", year);
            if (indicator.Find("baseline") is { } e) e.Value = point;
            else indicator.Add("baseline", point);
            indicator.Flow = false;
            return ValueOf("MAP013", p.Components["measurement-plan"], year);
        }),
        new("sustainability: a commitment field removed", (r, c) =>
        {
            var p = Plan(r, c);
            var commitment = c.Pick(Items(Front(p, "sustainability"), "commitments"));
            return RemoveField("MAP010", p.Components["sustainability"], commitment, c.Pick(new[] { "action", "responsible", "resources" }));
        }),
        new("how we got here: a timeline entry without its date or event", (r, c) =>
        {
            var p = Plan(r, c);
            var entries = Items(Front(p, "how-we-got-here"), "timeline");
            if (entries.Count == 0) return null;
            return RemoveField("MAP010", p.Components["how-we-got-here"], c.Pick(entries), c.Pick(new[] { "date", "event" }));
        }),
        new("progress: year does not match the file name", (r, c) =>
        {
            var reports = r.Plans.SelectMany(p => p.Progress).ToList();
            if (reports.Count == 0) return null;
            var report = c.Pick(reports);
            // Links to the report's page address would lead nowhere once its year changes (StaticMap reports them too).
            DropLinksTo(r, report);
            var year = Scalar(report.Yaml!, "year");
            year.Value = (int.Parse(year.Value) + 10 + c.Next(5)).ToString();
            return ValueOf("MAP040", report, year);
        }),
        new("progress: a status not in the list", (r, c) =>
        {
            var reports = r.Plans.SelectMany(p => p.Progress).ToList();
            if (reports.Count == 0) return null;
            var report = c.Pick(reports);
            var status = Scalar(c.Pick(Items(report.Yaml!, "updates")), "status");
            status.Value = c.Pick(new[] { "ontrack", "done", "On Track", "delayed" });
            return ValueOf("MAP014", report, status);
        }),
        // An update without a status is no fault: the contract leaves it to the numbers (docs/coalition-workflow.md).
        new("progress: an update names no indicator", (r, c) =>
        {
            var reports = r.Plans.SelectMany(p => p.Progress).ToList();
            if (reports.Count == 0) return null;
            var report = c.Pick(reports);
            var indicator = Scalar(c.Pick(Items(report.Yaml!, "updates")), "indicator");
            indicator.Value = "no-such-indicator";
            return ValueOf("MAP033", report, indicator);
        }),
        new("progress: a file not named after its year", (r, c) =>
        {
            var plans = r.Plans.Where(p => p.Progress.Count > 0).ToList();
            if (plans.Count == 0) return null;
            var report = c.Pick(c.Pick(plans).Progress);
            DropLinksTo(r, report);
            report.Path = report.Path.Replace(".md", c.Pick(new[] { "-report", "_final", "-v2" }) + ".md");
            return WholeFile("MAP041", report.Path);
        }),
        new("narrative: a link that leads nowhere", (r, c) =>
        {
            var p = Plan(r, c);
            var file = c.Pick(p.Components.Values.Concat(p.Progress).ToList());
            var inProgress = file.Path.Contains("/progress/");
            var up = inProgress ? "../" : "";
            var target = c.Next(5) switch
            {
                0 => up + "findngs.md",
                1 => $"/{p.Id}/findingz/",
                2 => up + "assets/no-such-map.pdf",
                3 => up + "../no-such-plan/findings.md",
                _ => up + "progress/1999.md",
            };
            var link = new MdLink("broken", target);
            file.Body.Insert(c.Next(file.Body.Count + 1), MdBlock.Of(c.Chance(50) ? "" : "See the ", link, "."));
            return new Expected("MAP063", file.Path, w => At(w, file, link));
        }),
        new(UnknownFragment, (r, c) =>
        {
            var p = Plan(r, c);
            var file = c.Pick(p.Components.Values.ToList());
            var target = c.Pick(p.Components.Values.Where(f => f != file).ToList());
            var link = new MdLink("a section", RelativeName(p, target) + "#no-such-heading");
            file.Body.Insert(c.Next(file.Body.Count + 1), MdBlock.Of("See ", link, "."));
            return new Expected("MAP063", file.Path, w => At(w, file, link));
        }),
        new("narrative: an image without alt text", (r, c) =>
        {
            var p = Plan(r, c);
            var file = c.Pick(p.Components.Values.ToList());
            var svg = p.Assets.FirstOrDefault(a => a.Path.EndsWith(".svg", StringComparison.Ordinal));
            if (svg is null)
            {
                svg = new GFile($"{p.Folder}/assets/chart.svg") { Raw = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>\n"u8.ToArray() };
                r.Files.Add(svg);
            }
            var image = new MdLink("", svg.Path[(p.Folder.Length + 1)..], image: true);
            file.Body.Insert(c.Next(file.Body.Count + 1), MdBlock.Of(image));
            return new Expected("MAP060", file.Path, w => At(w, file, image));
        }),
    ];

    /// <summary>How a component file of the plan links to another: its file name, escaped as a URL.</summary>
    private static string RelativeName(PlanSpec p, GFile target) => Uri.EscapeDataString(target.Path[(p.Folder.Length + 1)..]);

    private static YMap NewIndicator(string id, YScalar measures) => NewIndicator(new YScalar(id), measures);

    private static YMap NewIndicator(YScalar id, YScalar measures) => new YMap()
        .Add("id", id)
        .Add("name", new YScalar("An added indicator"))
        .Add("measures", measures)
        .Add("source", new YScalar("Program records"))
        .Add("responsible", new YScalar("County"))
        .Add("frequency", new YScalar("annual"));
}
