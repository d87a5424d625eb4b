using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace StaticMap.BrowserTests.Infrastructure;

public sealed record AxeViolation(string Rule, string Impact, string Help, IReadOnlyList<string> Targets, string Summary);

/// <summary>
/// Runs axe-core (the copy bundled with Deque.AxeCore.Playwright) on a page.
/// By default the bundled script is injected and <c>axe.run</c> is called on the page directly: Deque's
/// <c>RunAxe</c> runs axe frame by frame and finishes the run in a second, isolated page, which makes it four to
/// five times slower on these pages (two cores in CI). Set STATICMAP_AXE_RUNNER=deque to check with <c>RunAxe</c> itself.
/// </summary>
public static class AxeRunner
{
    public static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

    private static readonly Lazy<string> Script = new(() => new BundledAxeScriptProvider().GetScript());

    private static bool UseDeque => Environment.GetEnvironmentVariable("STATICMAP_AXE_RUNNER") == "deque";

    /// <param name="disabled">axe rules not to run, e.g. color-contrast in dark forced colours (see AccessibilityTests).</param>
    public static async Task<IReadOnlyList<AxeViolation>> RunAsync(IPage page, IReadOnlyList<string>? disabled = null)
    {
        if (UseDeque) return await RunWithDequeAsync(page);
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'")) await page.EvaluateAsync(Script.Value);
        var json = await page.EvaluateAsync<JsonElement>(
            """
            async ([tags, disabled]) => {
              const rules = Object.fromEntries(disabled.map(r => [r, { enabled: false }]));
              const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations'] });
              return result.violations.map(v => ({
                id: v.id, impact: v.impact || '', help: v.help,
                targets: v.nodes.map(n => n.target.map(t => Array.isArray(t) ? t.join(' >> ') : t).join(' | ')),
                summary: v.nodes.length ? (v.nodes[0].failureSummary || '') : ''
              }));
            }
            """, new object[] { Tags, disabled ?? [] });
        return json.EnumerateArray().Select(v => new AxeViolation(
            v.GetProperty("id").GetString()!,
            v.GetProperty("impact").GetString()!,
            v.GetProperty("help").GetString()!,
            v.GetProperty("targets").EnumerateArray().Select(t => t.GetString()!).ToList(),
            v.GetProperty("summary").GetString()!)).ToList();
    }

    private static async Task<IReadOnlyList<AxeViolation>> RunWithDequeAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Tags] } });
        return result.Violations.Select(v => new AxeViolation(
            v.Id, v.Impact ?? "", v.Help,
            v.Nodes.Select(n => n.Target?.ToString() ?? "?").ToList(),
            v.Nodes.FirstOrDefault() is { } node
                ? string.Join("; ", (node.All ?? []).Concat(node.None ?? []).Concat((node.Any ?? []).Take(1)).Select(c => c.Message))
                : "")).ToList();
    }
}
