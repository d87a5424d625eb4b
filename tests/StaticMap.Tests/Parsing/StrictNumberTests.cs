using System.Globalization;
using FsCheck;
using FsCheck.Xunit;
using StaticMap.Core.Numbers;

namespace StaticMap.Tests.Parsing;

/// <summary>The one reader of authored numbers: what it takes, and for everything else, the fix it gives.</summary>
public class StrictNumberTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData("-3", -3)]
    [InlineData("44043", 44043)]
    [InlineData("0.32", 0.32)]
    [InlineData("12.5", 12.5)]
    [InlineData("-0.5", -0.5)]
    [InlineData("12.50", 12.5)]
    [InlineData("999999999999999", 999999999999999)]
    public void Reads_plain_numbers(string text, double expected)
    {
        Assert.Null(StrictNumber.Parse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Fact]
    public void Minus_zero_reads_as_zero()
    {
        Assert.True(StrictNumber.TryParse("-0", out var value));
        Assert.False(double.IsNegative(value));
        Assert.Equal("0", StrictNumber.Format(value));
    }

    [Theory]
    [InlineData("1,5", "write 1.5 with a decimal point")]
    [InlineData("1,500", "write 1500 without the comma")]
    [InlineData("1,500,000", "write 1500000 without the commas")]
    // Without the value's unit (a CSV cell), the fix names the unit that adds the sign without saying to set it.
    [InlineData("45%", "write 45 without the % sign (the site adds it to values whose unit is percent)")]
    [InlineData("45 %", "write 45 without the % sign (the site adds it to values whose unit is percent)")]
    [InlineData("$1,5", "write 1.5 without the $ sign (the site adds it to values whose unit is dollars)")]
    [InlineData("$41,000", "write 41000 without the $ sign (the site adds it to values whose unit is dollars)")]
    [InlineData(".nan", "'.nan' means \"not a number\"; write the value in digits, e.g. 12.5, or leave the value out when there is none")]
    [InlineData(".inf", "'.inf' means infinity; write the value in digits, e.g. 12.5, or leave the value out when there is none")]
    [InlineData("-.inf", "'-.inf' means infinity; write the value in digits, e.g. 12.5, or leave the value out when there is none")]
    [InlineData("1e309", "it has more than 15 digits before the decimal point, more than any measured value; check it for a typo")]
    [InlineData("1.5e3", "write it without an exponent: 1500")]
    [InlineData("1E-7", "write it without an exponent: 0.0000001")]
    [InlineData("0x10", "it is written in hexadecimal; write it in decimal digits: 16")]
    [InlineData("0o17", "it is written in octal; write it in decimal digits: 15")]
    [InlineData("017", "write 17 without the leading zero (YAML 1.1 tools read 017 as the octal number 15)")]
    [InlineData("+12", "write 12 without the plus sign")]
    [InlineData(".5", "write 0.5 with a 0 before the decimal point")]
    [InlineData("5.", "write 5 without the trailing decimal point")]
    [InlineData("1_000", "write 1000 without the underscores")]
    [InlineData("1 500", "write 1500 without the spaces or apostrophes between the digits")]
    [InlineData("\u22123", "write -3 with the hyphen-minus (-) key")]
    [InlineData("about half", "write a plain number such as 12.5, -3 or 44043 (words belong in the narrative), or leave the value out when there is none")]
    [InlineData("1234567890123456", "it has more than 15 digits before the decimal point, more than any measured value; check it for a typo")]
    public void Refuses_everything_else_with_the_fix(string text, string fix)
    {
        var fault = StrictNumber.Parse(text, out _);
        Assert.NotNull(fault);
        Assert.Equal(fix, fault.Fix);
    }

    [Theory]
    [InlineData("2024", 2024)]
    [InlineData("1900", 1900)]
    [InlineData("2100", 2100)]
    public void Reads_years(string text, int expected)
    {
        Assert.Null(StrictNumber.ParseYear(text, out var year));
        Assert.Equal(expected, year);
    }

    [Theory]
    [InlineData("1899", "outside 1900–2100")]
    [InlineData("2101", "outside 1900–2100")]
    [InlineData("24", "not a year")]
    [InlineData("2024.0", "not a year")]
    [InlineData("FY21", "not a year")]
    [InlineData("+2024", "not a year")]
    [InlineData("２０２４", "not a year")]
    public void Refuses_other_years(string text, string problem)
    {
        Assert.Equal(problem, StrictNumber.ParseYear(text, out _)?.Problem);
    }

    [Theory]
    [InlineData(1500.0, "1500")]
    [InlineData(0.32, "0.32")]
    [InlineData(-3.0, "-3")]
    [InlineData(0.0000001, "0.0000001")]
    public void Formats_the_number_never_with_an_exponent(double value, string expected)
    {
        Assert.Equal(expected, StrictNumber.Format(value));
    }

    /// <summary>
    /// Every finite double that invariant 'R' writes without an exponent (0, and 1e-5 ≤ |x| &lt; 1e15) reads back as
    /// itself; those written with one are refused with a fix, since StrictNumber takes no exponents.
    /// </summary>
    [Property(MaxTest = 2000)]
    public bool Doubles_written_with_R_round_trip_or_are_refused_for_their_exponent(double d)
    {
        if (!double.IsFinite(d)) return StrictNumber.Parse(d.ToString("R", CultureInfo.InvariantCulture), out _) is not null;
        var text = d.ToString("R", CultureInfo.InvariantCulture);
        var fault = StrictNumber.Parse(text, out var value);
        if (text.Contains('E'))
            return fault is not null && (fault.Fix.Contains("exponent") || fault.Fix.Contains("digits before the decimal point"));
        return fault is null && value == d;
    }

    [Property(MaxTest = 2000)]
    public bool Normal_doubles_in_range_round_trip(NormalFloat f)
    {
        var d = f.Get;
        if (Math.Abs(d) >= 1e15 || (d != 0 && Math.Abs(d) < 1e-5)) return true;
        return StrictNumber.TryParse(d.ToString("R", CultureInfo.InvariantCulture), out var value) && value == d;
    }

    [Property]
    public bool Integers_round_trip(long n)
    {
        var m = n % 1_000_000_000_000_000L;
        return StrictNumber.TryParse(m.ToString(CultureInfo.InvariantCulture), out var value) && value == m
            && StrictNumber.Format(value) == m.ToString(CultureInfo.InvariantCulture);
    }

    private const string Refused = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ,%$";

    /// <summary>Whatever surrounds it, a comma, a letter, '%' or '$' makes a text no plain number, and the refusal says what to do.</summary>
    [Property(MaxTest = 2000)]
    public bool Any_text_with_a_comma_or_a_letter_is_refused(string? before, string? after, int pick)
    {
        var c = Refused[(int)((uint)pick % Refused.Length)];
        var text = (before ?? "") + c + (after ?? "");
        var fault = StrictNumber.Parse(text, out _);
        return fault is not null && fault.Fix.Length > 0;
    }

    [Property(MaxTest = 1000)]
    public bool A_plain_number_with_a_comma_inside_is_refused(NonNegativeInt whole, NonNegativeInt fraction)
    {
        var text = $"{whole.Get},{fraction.Get}";
        return StrictNumber.Parse(text, out _) is { } fault && fault.Fix.StartsWith("write ", StringComparison.Ordinal);
    }
}
