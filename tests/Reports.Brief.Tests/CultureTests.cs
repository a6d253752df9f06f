using System.Globalization;

namespace Reports.Brief.Tests;

/// <summary>Numbers and dates follow --culture, never the host.</summary>
public sealed class CultureTests
{
    [Fact]
    public void Numbers_and_dates_are_written_in_the_requested_culture()
    {
        var german = Briefs.Options with { Culture = CultureInfo.GetCultureInfo("de-DE") };

        using var pdf = Briefs.Open(Briefs.Render(Briefs.Seed, german));
        var text = Briefs.Text(pdf);

        text.ShouldContain("51.000");
        text.ShouldContain("1,6 million");
        text.ShouldContain("8 Mai 2025");
    }

    [Fact]
    public void The_host_culture_does_not_leak_into_the_brief()
    {
        var expected = Briefs.SeedBytes; // rendered under the test host's culture
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
            Briefs.Render(Briefs.Seed, Briefs.Options).ShouldBe(expected);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
