using System.Text.RegularExpressions;
using FsCheck.Xunit;
using StaticMap.Core.Model;
using StaticMap.Core.Progress;
using StaticMap.Core.Rendering.Templates;
using StaticMap.Core.Rendering.Views;

namespace StaticMap.Tests.Progress;

/// <summary>
/// The status sentences of every baseline, target, value and direction: words and formatted numbers only, never a negative
/// share of the change, in English and Spanish.
/// </summary>
public sealed class StatusSentenceProperties
{
    private static readonly string?[] Units = [null, "percent", "dollars", "people", "households"];
    private static readonly int[] Scales = [1, 1000, 100_000];

    [Property(MaxTest = 400)]
    public bool Status_sentences_have_formatted_numbers_and_no_negative_share(
        int baseline, int target, int value, byte direction, byte unit, byte scale, byte baselineYear, byte span, byte elapsed, bool spanish)
    {
        var factor = Scales[scale % Scales.Length];
        var start = 2015 + baselineYear % 8;
        var indicator = StatusByNumbersTests.Indicator((Direction)(direction % 3), Math.Abs((double)baseline) * factor / 7, start,
            Math.Abs((double)target) * factor / 3, start + 1 + span % 8) with { Unit = Units[unit % Units.Length] };
        var year = start + elapsed % 12;
        var computed = StatusByNumbers.Compute(indicator, year, Math.Abs((double)value) * factor / 11)!;
        var strings = Theme.DefaultStrings.For(spanish ? "es" : "en");
        var text = Formatting.Explain(computed, indicator, strings) + " " + Formatting.ProgressToward(computed, strings);
        var withoutYears = Regex.Replace(text, @"\b20\d\d\b", "");
        return !Regex.IsMatch(text, @"-\s?[\d$]")        // never a negative share or figure
               && !Regex.IsMatch(withoutYears, @"\d{4}") // thousands are grouped ("3,100,000", "$3.1 million")
               && !Regex.IsMatch(text, @"\.\d{3}")       // no more decimals than the indicator's numbers (at most 2)
               && !text.Contains('{')                    // every placeholder filled
               && !text.Contains("NaN", StringComparison.Ordinal) && !text.Contains('∞');
    }

    [Fact]
    public void Money_in_plain_words_in_both_languages()
    {
        var indicator = StatusByNumbersTests.Indicator(Direction.Increase, 1_500_000, 2024, 4_200_000, 2027) with { Unit = "dollars" };
        var computed = StatusByNumbers.Compute(indicator, 2025, 3_100_000)!;
        Assert.Equal("$3.1 million in 2025, ahead of the $2.4 million expected on the way to $4.2 million by 2027",
            Formatting.Explain(computed, indicator, Theme.DefaultStrings.For("en")));
        Assert.Equal("$3.1 millones en 2025, por delante de lo esperado ($2.4 millones) camino a $4.2 millones para 2027",
            Formatting.Explain(computed, indicator, Theme.DefaultStrings.For("es")));
        Assert.Equal("59% of the way from the baseline to the target", Formatting.ProgressToward(computed, Theme.DefaultStrings.For("en")));
    }

    [Fact]
    public void A_value_moving_away_is_said_in_words()
    {
        var indicator = StatusByNumbersTests.Indicator(Direction.Decrease, 90.4, 2022, 70, 2030) with { Unit = "deaths per 100,000 residents" };
        var computed = StatusByNumbers.Compute(indicator, 2023, 98.7)!;
        Assert.Equal("98.7 deaths per 100,000 residents in 2023: it moved away from the target of 70 deaths per 100,000 residents by 2030 " +
                     "(the baseline was 90.4 deaths per 100,000 residents in 2022)", Formatting.Explain(computed, indicator, Theme.DefaultStrings.For("en")));
        Assert.Equal("Moved away from the target", Formatting.ProgressToward(computed, Theme.DefaultStrings.For("en")));
    }

    [Theory]
    [InlineData(3_100_000, "dollars", "en", "$3.1 million")]
    [InlineData(1_150_000, "dollars", "en", "$1.15 million")]
    [InlineData(3_123_456, "dollars", "en", "$3,123,456")]
    [InlineData(1_000_000, "dollars", "es", "$1 millón")]
    [InlineData(2_500_000, "households", "es", "2.5 millones de households")]
    [InlineData(2_500_000, "households", "en", "2.5 million households")]
    [InlineData(83.33, "percent", "en", "83.33%")]
    [InlineData(950_000, "dollars", "en", "$950,000")]
    public void Large_values_read_in_millions_only_where_nothing_is_lost(double value, string unit, string language, string expected) =>
        Assert.Equal(expected, Formatting.Value(value, unit, Theme.DefaultStrings.For(language)));
}
