using StaticMap.Tests.Support;

namespace StaticMap.Tests.Translations;

/// <summary>
/// A progress update's note that a translated report leaves as the original's (the note left out, or copied as it is) is in
/// the original's language, and the Spanish progress and print pages mark it lang="en" (review12, 2026-12-08: "Nothing changed
/// this year; the fourth position is still open." unmarked on the Spanish pages of Ramsey County's 2025 report). A translated
/// note, and every English page, has no mark.
/// </summary>
public sealed class UntranslatedNoteTests
{
    private const string Translation = SpanishFixture.P + "/progress/2024.es.md";
    private const string Translated = "    note: Se completaron dos grupos.\n";

    private static string NoteCell(TestSite site, string page) => site.BuiltPage(page).QuerySelectorAll(".updates-table tbody tr")
        .Single(r => r.QuerySelector("th a")!.GetAttribute("href")!.Contains("trainees")).QuerySelector("td[data-label='Nota']")!.OuterHtml;

    [Theory]
    [InlineData("")]
    [InlineData("    note: Two cohorts completed.\n")]
    public void A_note_left_as_the_originals_is_marked_english_on_the_spanish_pages(string note)
    {
        using var site = SpanishFixture.Create();
        site.Replace(Translation, Translated, note);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        Assert.Equal("<td data-label=\"Nota\" lang=\"en\">Two cohorts completed.</td>", NoteCell(site, "/es/test-county/progress/2024/"));
        Assert.Contains("<td data-label=\"Nota\" lang=\"en\">Two cohorts completed.</td>",
            site.BuiltPage("/es/test-county/print/").QuerySelector("main")!.InnerHtml);
    }

    [Fact]
    public void A_translated_note_and_the_english_page_are_not_marked()
    {
        using var site = SpanishFixture.Create();
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        Assert.Equal("<td data-label=\"Nota\">Se completaron dos grupos.</td>", NoteCell(site, "/es/test-county/progress/2024/"));
        var english = site.BuiltPage("/test-county/progress/2024/").QuerySelector(".updates-table")!.InnerHtml;
        Assert.Contains("<td data-label=\"Note\">Two cohorts completed.</td>", english);
    }
}
