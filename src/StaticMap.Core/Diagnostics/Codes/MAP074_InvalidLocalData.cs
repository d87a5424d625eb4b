using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Diagnostics.Codes;

public sealed class InvalidLocalData : Rule
{
    public static readonly InvalidLocalData Instance = new();
    public override string Code => "MAP074";
    public override string Title => "Local data file cannot be charted";
    public override string Stage => "validate";
    public override string Help => "A plan's data/*.csv needs a header with 'year' and 'value' (optionally 'subgroup_type', 'subgroup', 'lb', 'ub', 'quality'), one value per column in every row, one row per year and subgroup, and a quality of 1, 2 or 3 (or Strong, Marginal or Weak). Years that are not years are MAP013, numbers that are not plain numbers MAP042.";

    public Diagnostic Create(SourceSpan at, string message) => At(at, message);

    /// <summary>
    /// Checks that every 'file:' of the findings exists (MAP062). Its contents were read, and their problems reported
    /// as MAP074, once, when the data were loaded (<see cref="LocalData"/>).
    /// </summary>
}
