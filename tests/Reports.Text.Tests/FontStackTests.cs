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
    public void A_family_gives_each_variant_its_own_face_and_its_regular_one_for_a_variant_it_lacks_however_often_asked()
    {
        var stack = FontStack.Create([], ignoreSystemFonts: true);
        var sans = stack.LatinFamily;
        var arabic = Enumerable.Range(0, stack.PrimaryCount).First(f => stack.FamilyName(f) == "Noto Sans Arabic");

        for (var time = 0; time < 2; time++)
        {
            stack.FaceIn(sans, 'a', FontVariant.Bold).ShouldBe(new FaceKey(sans, FontVariant.Bold));
            stack.FaceIn(sans, 'a', FontVariant.Regular).ShouldBe(new FaceKey(sans, FontVariant.Regular));
            stack.FaceIn(sans, 'a', FontVariant.Italic).ShouldBe(new FaceKey(sans, FontVariant.Italic));
            stack.FaceIn(arabic, 'ب', FontVariant.Italic).ShouldBe(new FaceKey(arabic, FontVariant.Regular), "Noto Sans Arabic has no italic");
            stack.FaceIn(arabic, 'a', FontVariant.Regular).ShouldBeNull("Noto Sans Arabic has no Latin letters");
            stack.FaceIn(sans, '\u00A0', FontVariant.Regular).ShouldBe(new FaceKey(sans, FontVariant.Regular), "a no-break space is drawn as a space");
        }
    }

    [Fact]
    public void A_missing_font_directory_is_reported()
    {
        Should.Throw<DirectoryNotFoundException>(() => FontStack.Create(["/no/such/fonts"])).Message.ShouldContain("/no/such/fonts");
    }
}
