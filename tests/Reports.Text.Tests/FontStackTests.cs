namespace Reports.Text.Tests;

/// <summary>The font stack: the shipped families first, which code points it draws, and a missing font folder.</summary>
public class FontStackTests
{
    [Fact]
    public void The_font_stack_tells_which_code_points_it_can_draw()
    {
        var stack = FontStack.Create([], ignoreSystemFonts: true);

        "Latin, Ελληνικά, Кириллица, العربية, עברית, भारत, ኢትዮጵያ, ไทย, ქართული, Հայաստան, 中国, 日本, 대한민국\n".EnumerateRunes().ShouldAllBe(r => stack.CanDraw(r.Value));
        stack.CanDraw(0x13000).ShouldBeFalse();
        stack.FamilyNames[0].ShouldBe("Noto Sans");
        stack.FamilyNames.ShouldContain("Noto Sans Arabic");
        stack.FamilyNames.ShouldNotContain("DejaVu Sans");
    }

    [Fact]
    public void A_missing_font_directory_is_reported()
    {
        Should.Throw<DirectoryNotFoundException>(() => FontStack.Create(["/no/such/fonts"])).Message.ShouldContain("/no/such/fonts");
    }
}
