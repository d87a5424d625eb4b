namespace StaticMap.Core.Rendering.Charts;

/// <summary>
/// Series styles: every colour has at least 3:1 contrast on white (WCAG 1.4.11), and each series also has its own
/// point shape and dash pattern, so no series is told apart by colour alone (WCAG 1.4.1).
/// </summary>
public static class ChartPalette
{
    private static readonly SeriesStyle[] Styles =
    [
        new("#1a5aa6", "circle", []),
        new("#b35c00", "triangle", [6, 4]),
        new("#2e7d32", "rect", [2, 3]),
        new("#8e24aa", "rectRot", [10, 4, 2, 4]),
        new("#c62828", "star", [12, 6]),
        new("#00695c", "crossRot", [4, 4]),
        new("#5d4037", "rectRounded", [1, 4]),
        new("#37474f", "cross", [14, 4, 4, 4]),
    ];

    public static SeriesStyle For(int index) => Styles[index % Styles.Length];

    /// <summary>The target line on progress charts.</summary>
    public static readonly SeriesStyle Target = new("#595959", "line", [8, 6]);
}

/// <param name="Point">A Chart.js pointStyle.</param>
/// <param name="Dash">A Chart.js borderDash pattern; empty for a solid line.</param>
public sealed record SeriesStyle(string Color, string Point, int[] Dash);
