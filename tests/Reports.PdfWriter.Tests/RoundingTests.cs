using Reports.PdfWriter.Writing;

namespace Reports.PdfWriter.Tests;

/// <summary>The writer's rounding: halves away from zero, as <c>Math.Round(value, MidpointRounding.AwayFromZero)</c>, bit for bit.</summary>
public sealed class RoundingTests
{
    [Theory]
    [InlineData(2.5, 3.0)]
    [InlineData(-2.5, -3.0)]
    [InlineData(0.5, 1.0)]
    [InlineData(1.4999999999999998, 1.0)]
    [InlineData(0.49999999999999994, 0.0)]
    [InlineData(-1.5000000000000002, -2.0)]
    [InlineData(12344.999, 12345.0)]
    [InlineData(-7.0, -7.0)]
    [InlineData(4503599627370495.5, 4503599627370496.0)]
    [InlineData(1e300, 1e300)]
    public void A_value_is_rounded_to_the_nearest_whole_number_and_a_half_away_from_zero(double value, double expected) =>
        Rounding.HalfAwayFromZero(value).ShouldBe(expected);

    [Fact]
    public void A_negative_value_that_rounds_to_zero_gives_negative_zero_as_Math_Round_does()
    {
        var rounded = Rounding.HalfAwayFromZero(-0.3);

        rounded.ShouldBe(0.0);
        double.IsNegative(rounded).ShouldBeTrue();
        double.IsNegative(Rounding.HalfAwayFromZero(0.3)).ShouldBeFalse();
    }

    [Fact]
    public void Not_a_number_stays_not_a_number() =>
        double.IsNaN(Rounding.HalfAwayFromZero(double.NaN)).ShouldBeTrue();
}
