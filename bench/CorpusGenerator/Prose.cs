using System.Globalization;
using System.Text;

namespace StaticMap.Bench.CorpusGenerator;

/// <summary>
/// Writes plausible plan narratives of a given length: headings, paragraphs, a bulleted and a numbered list,
/// a pipe table and links to other files of the plan. Sentences come from a fixed bank with a few slots filled in.
/// </summary>
public sealed class Prose(Random random, string jurisdiction, IReadOnlyList<Strategy> strategies, IReadOnlyList<string> partners,
    bool spanish = false)
{
    private static readonly string[] Sentences =
    [
        "When the coalition first looked at the Mobility Metrics for {J}, the gaps by race and ethnicity stood out.",
        "Residents told us that the barriers their families face are connected, and that programs rarely treat them that way.",
        "We chose to focus on {S} because families said this is where they wanted the county to act first.",
        "The {P} joined the work in {Y} and has been part of every decision since.",
        "In {Y}, about {PCT}% of the households we surveyed said that cost was the main reason they could not take part.",
        "Community conversations were held in five languages, with child care, food and interpretation provided.",
        "We paid residents for their time, because their expertise is as valuable as that of any consultant.",
        "The data showed progress in some neighborhoods and none at all in others.",
        "A parent who cannot find child care cannot take a better job, and a teenager who works late to help pay rent falls behind in school.",
        "The coalition agreed that every strategy needs a lead partner, a budget and an indicator we can report on each year.",
        "Our strategies build on what already works in {J}, rather than starting from scratch.",
        "Several partners already ran small programs in this area; the plan helps them reach more families.",
        "We will measure whether the gap narrows, not only whether the average improves.",
        "Between {Y} and {Y2}, the number of families on waiting lists grew by roughly {PCT}%.",
        "The {P} will publish the data behind each indicator so that anyone can check our progress.",
        "Some of our assumptions may turn out to be wrong, and we have written them down so that we can test them.",
        "The plan asks each partner to commit staff time, not only to endorse a strategy.",
        "Families described long waits, confusing forms and offices that are only open while they are at work.",
        "Young people asked for paid work that fits around school and leads somewhere.",
        "We heard again and again that trust is earned slowly and lost quickly.",
        "Strategies that work will move from pilot funding into the regular budgets of the county and its partners.",
        "Each year, we publish a progress report that gives every indicator a status, including the ones that are off track.",
        "About {N} residents took part in at least one meeting, survey or listening session.",
        "The steering committee meets monthly, and its minutes are public.",
        "The {P} agreed to share its records under the data agreement, with names removed.",
        "Where the Mobility Metrics are rated marginal, we say so next to the chart and read them with care.",
        "We expect the first results within two years and lasting change to take a decade or more.",
        "The resident advisory council chose two of the indicators in this plan.",
        "Transportation came up in almost every conversation, because jobs and services are far from where people live.",
        "Housing costs rose faster than incomes for most of the last decade, and renters felt it most.",
        "Schools, clinics and employers each saw part of the problem; together they could see all of it.",
        "We budgeted for interpretation, transit passes and stipends so that the people most affected could take part.",
        "Partners agreed to review disaggregated data together twice a year.",
        "The coalition will revisit this section whenever the evidence tells us to change course.",
        "Roughly {N} families were reached in the first year, more than we expected.",
        "Progress on {S} has been slower than we hoped, and we explain why in our progress reports.",
    ];

    private static readonly string[] Headings =
    [
        "Why we took on this work", "Who was involved", "What we did", "What the numbers show", "What residents told us",
        "How we believe change happens", "From inputs to outcomes", "How we track progress", "Who does what",
        "Built to last", "People and money", "Power that stays with the community", "Learning and reporting",
        "Early wins", "What we are changing", "What the data tell us", "Where we are falling short", "Next steps",
        "Our assumptions", "Listening first", "Choosing strategies", "Sharing data", "Funding the work",
    ];

    private static readonly string[] ListItems =
    [
        "Child care that costs as much as rent", "Too few providers who speak families' languages",
        "Jobs that do not pay enough to support a family", "Long commutes on infrequent buses",
        "Rents rising faster than wages", "Clinics with long waiting lists", "Young people stopped and arrested for minor offenses",
        "Families without home internet", "Forms that are only available online", "Programs that end when a grant runs out",
        "Trusted community organizations working without public funding", "Youth leaders ready to take on more",
        "Employers willing to offer paid training", "Faith and cultural organizations that already reach families",
    ];

    private static readonly string[] Steps =
    [
        "Review the Mobility Metrics with partners", "Hold community conversations", "Agree on a vision statement",
        "Choose strategies for each pillar", "Write the logic model", "Agree on indicators, owners and sources",
        "Share the draft with residents and revise it", "Release the plan and report on it every year",
    ];

    // The Spanish bank (SpanishProse) is used for the translations of part of the corpus's plans (*.es.md).
    private string[] SentenceBank => spanish ? SpanishProse.Sentences : Sentences;
    private string[] HeadingBank => spanish ? SpanishProse.Headings : Headings;
    private string[] ListBank => spanish ? SpanishProse.ListItems : ListItems;
    private string[] StepBank => spanish ? SpanishProse.Steps : Steps;

    public int Words { get; private set; }

    /// <summary>A narrative of about <paramref name="targetWords"/> words that includes every link.</summary>
    public string Narrative(int targetWords, IReadOnlyList<(string Text, string Target)> links)
    {
        var text = new StringBuilder();
        var words = 0;
        var pendingLinks = new Queue<(string Text, string Target)>(links);
        var usedHeadings = new HashSet<string>();
        var section = 0;
        var hasList = false;
        var hasTable = false;
        var hasSteps = false;

        Paragraph(text, ref words, pendingLinks, random.Next(2, 4));
        while (words < targetWords || pendingLinks.Count > 0)
        {
            section++;
            var heading = random.Pick(HeadingBank);
            while (!usedHeadings.Add(heading)) heading = random.Pick(HeadingBank);
            text.Append(section > 1 && random.Next(3) == 0 ? "### " : "## ").Append(heading).Append("\n\n");
            words += heading.Split(' ').Length;
            Paragraph(text, ref words, pendingLinks, random.Next(3, 6));
            if (!hasList && section >= 1)
            {
                hasList = true;
                text.Append(random.Pick(spanish ? SpanishProse.ListIntros : ["Families described:", "We heard about:", "The main barriers were:"])).Append("\n\n");
                foreach (var item in random.PickSome(ListBank, random.Next(3, 6)))
                {
                    text.Append("- ").Append(item).Append(".\n");
                    words += item.Split(' ').Length;
                }
                text.Append('\n');
            }
            else if (!hasTable && section >= 2)
            {
                hasTable = true;
                words += Table(text);
            }
            else if (!hasSteps && section >= 3)
            {
                hasSteps = true;
                var n = 1;
                foreach (var step in random.PickSome(StepBank, random.Next(3, 6)))
                {
                    text.Append(n++).Append(". ").Append(step).Append(".\n");
                    words += step.Split(' ').Length;
                }
                text.Append('\n');
            }
            if (section > 12) break;
        }
        if (!hasTable) words += Table(text);
        Words += words;
        return text.ToString();
    }

    private void Paragraph(StringBuilder text, ref int words, Queue<(string Text, string Target)> links, int sentences)
    {
        for (var i = 0; i < sentences; i++)
        {
            var sentence = Fill(random.Pick(SentenceBank));
            text.Append(sentence);
            words += sentence.Split(' ').Length;
            text.Append(i % 2 == 1 ? "\n" : " ");
        }
        if (links.Count > 0)
        {
            var (label, target) = links.Dequeue();
            var sentence = random.Pick(spanish ? SpanishProse.LinkIntros : ["Read our", "See the", "More detail is in our", "This is explained in our"]) + $" [{label}]({target}).";
            if (random.Next(4) == 0) sentence = spanish ? $"**Para más detalles**, consulte [{label}]({target})." : $"**For the details**, see [{label}]({target}).";
            text.Append(sentence);
            words += sentence.Split(' ').Length;
        }
        text.Append("\n\n");
    }

    private int Table(StringBuilder text)
    {
        var words = 0;
        var year = random.Next(2019, 2022);
        text.Append(spanish ? $"| Estrategia | Socio principal | {year} | {year + 2} |\n|---|---|---:|---:|\n"
            : $"| Strategy | Lead partner | {year} | {year + 2} |\n|---|---|---:|---:|\n");
        for (var i = 0; i < strategies.Count; i++)
        {
            var partner = partners[random.Next(partners.Count)];
            text.Append(CultureInfo.InvariantCulture, $"| {Capital(strategies[i].Name)} | {partner} | {random.Next(5, 60)}% | {random.Next(10, 80)}% |\n");
            words += 4 + strategies[i].Name.Split(' ').Length + partner.Split(' ').Length;
        }
        text.Append('\n');
        return words;
    }

    private string Fill(string sentence) => sentence
        .Replace("{J}", jurisdiction)
        .Replace("{S}", strategies[random.Next(strategies.Count)].Name)
        .Replace("{P}", partners[random.Next(partners.Count)])
        .Replace("{Y2}", random.Next(2022, 2025).ToString(CultureInfo.InvariantCulture))
        .Replace("{Y}", random.Next(2015, 2022).ToString(CultureInfo.InvariantCulture))
        .Replace("{PCT}", random.Next(5, 70).ToString(CultureInfo.InvariantCulture))
        .Replace("{N}", random.Next(200, 5000).ToString("N0", CultureInfo.InvariantCulture));

    public string Sentence() => Fill(random.Pick(SentenceBank));



    public static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
