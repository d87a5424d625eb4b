using StaticMap.Core.Diagnostics;
using StaticMap.Core.Metrics;
using StaticMap.Core.Pipeline;
using StaticMap.Core.Parsing;
using StaticMap.Core.Reading.Yaml;

namespace StaticMap.Cli;

/// <summary>
/// The first plan a process parses pays for the libraries' first use: type loads, ReadyToRun fix-ups and the generic code
/// the JIT still compiles (YAML, Markdown, the raw HTML inventory). On a repository of a few plans that is most of the
/// parse stage, and it waits until the command line, the registry and the repository's files are read. <see cref="Start"/>
/// pays it on the second core meanwhile: it parses a small front matter and narrative with the same code, on a
/// background thread whose results are thrown away (docs/performance.md, "Start-up", startup2).
/// </summary>
internal static class StartupWarmUp
{
    /// <summary>For the commands that parse plans (build, check, serve); nothing for the others, or with one core.</summary>
    public static void Start(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("build" or "check" or "serve") || Environment.ProcessorCount < 2) return;
        if (Environment.GetEnvironmentVariable("STATICMAP_WARMUP") == "0") return;
        var renders = args[0] is "build" or "serve";
        new Thread(() => Run(renders)) { IsBackground = true, Name = "StaticMap start-up warm-up" }.Start();
    }

    /// <param name="renders">Whether the command renders pages: then raw HTML with an address is parsed too, so AngleSharp's
    /// first document is paid here (the render's sanitiser parses every narrative with raw HTML with it). A check parses
    /// raw HTML with AngleSharp only where it may hold an id, name or address (<c>RawHtmlAttributes</c>), which the
    /// common case, untranslated words marked &lt;span lang="en"&gt;, does not: warming it would cost a check ~60 ms of CPU
    /// for nothing (docs/performance.md, "Start-up", runtime).</param>
    private static void Run(bool renders)
    {
        try
        {
            var diagnostics = new DiagnosticBag();
            YamlLoader.Load(Yaml, "warm-up.yml", 1, diagnostics);
            MarkdownParser.Parse("warm-up.md", renders ? Markdown + RawHtmlWithAddress : Markdown, 1, diagnostics);
            // The metrics stage comes after the parse: Urban's CSVs read by the same reader (startup3).
            MobilityData.WarmUp();
            StartupTimings.Mark("warm-up done");
        }
        catch (Exception)
        {
            // Only a head start: whatever fails here, the real parse does again and reports.
        }
    }

    private const string Yaml = """
        component: findings
        title: "Warm-up"
        metrics:
          - metric: share_employed
            subgroups: [race-ethnicity]
            note: 'A note'
        items:
          - { id: a-1, text: Text, pillar: opportunity }
        year: 2024
        value: 12.5
        draft: true
        """;

    private const string Markdown = """
        # Heading

        A paragraph with *emphasis*, **strong**, `code`, a [link](../findings/#heading "title") and <https://example.org>.[^1]

        - a list item
        - another, with <span lang="en">untranslated words</span>

        1. first
        2. second

        | Column | Value |
        |---|---:|
        | one | 1,000 |

        > A quote.

        [^1]: A footnote.
        """;

    private const string RawHtmlWithAddress = "\n\n<div class=\"note\"><a href=\"https://example.org/\">raw HTML</a></div>\n";
}
