using System.Globalization;
using Reports.Layout.Paging;

namespace Reports.Layout.Tests;

/// <summary>Axis ticks write numbers as the brief's data labels do, in its culture.</summary>
public sealed class TickCultureTests
{
    static readonly NumberFormatInfo German = CultureInfo.GetCultureInfo("de-DE").NumberFormat;

    [Fact]
    public void Ticks_take_the_culture_s_decimal_separator() =>
        ValueTicks.For(0, 2.5, German).Labels.ShouldBe(["0,0", "0,5", "1,0", "1,5", "2,0", "2,5"]);

    [Fact]
    public void Ticks_take_the_culture_s_group_separator() =>
        ValueTicks.For(0, 5000, German).Labels.ShouldBe(["0", "1.000", "2.000", "3.000", "4.000", "5.000"]);

    [Fact]
    public void Without_a_culture_ticks_are_invariant() =>
        ValueTicks.For(-1, 2).Labels.ShouldBe(["\u22121.0", "\u22120.5", "0.0", "0.5", "1.0", "1.5", "2.0"]);
}
