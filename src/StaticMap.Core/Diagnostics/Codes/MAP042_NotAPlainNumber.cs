using StaticMap.Core.Diagnostics;
using StaticMap.Core.Numbers;

namespace StaticMap.Core.Diagnostics.Codes;

public sealed class NotAPlainNumber : Rule
{
    public static readonly NotAPlainNumber Instance = new();
    public override string Code => "MAP042";
    public override string Title => "Not a plain number";
    public override string Stage => "parse";
    public override string Help =>
        "Values (indicator baseline and target, progress update value, and the value, lb and ub cells of a plan's data/*.csv) " +
        "are plain numbers: digits with an optional leading '-' and an optional decimal point, such as 0, -3, 44043, 0.32 or 12.5. " +
        "No thousands separators (1500, not 1,500), no decimal comma (1.5, not 1,5), no exponent, no '+', no leading zero, " +
        "no '%' or '$' (set 'unit: percent' or 'unit: dollars' instead), no .nan or .inf, no hexadecimal, no words, " +
        "and fewer than 16 digits before the point.";

    /// <summary>A YAML value: "'updates[1].value' is '1,5', which is not a plain number; write 1.5 with a decimal point".</summary>
    public Diagnostic Create(SourceSpan at, string field, string value, NumberFault fault) =>
        At(at, $"'{field}' is '{Prose.Shorten(value)}', which is not a plain number; {fault.Fix}");

    /// <summary>A CSV cell: "'1,5' in column 'value' is not a plain number; write 1.5 with a decimal point".</summary>
    public Diagnostic CreateCell(SourceSpan at, string column, string value, NumberFault fault) =>
        At(at, $"'{Prose.Shorten(value)}' in column '{column}' is not a plain number; {fault.Fix}");

}
