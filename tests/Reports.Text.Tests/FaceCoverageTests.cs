namespace Reports.Text.Tests;

/// <summary>A face answers whether it has a glyph for a code point the same way however often it is asked.</summary>
public sealed class FaceCoverageTests
{
    [Fact]
    public void A_face_asked_twice_about_a_code_point_gives_the_same_answer_both_times()
    {
        var face = new FontFaceFile(Path.Combine(ShippedFonts.Directory, "NotoSans-Regular.ttf"), 0);
        int[] asked = ['a', 0x0E01, 'ж', 0x05D0, 0x4E2D, 0x1F600];

        var first = asked.Select(face.Covers).ToList();
        var second = asked.Select(face.Covers).ToList();

        // Noto Sans has Latin and Cyrillic, not Thai, Hebrew, CJK or emoji.
        first.ShouldBe([true, false, true, false, false, false]);
        second.ShouldBe([true, false, true, false, false, false]);
    }
}
