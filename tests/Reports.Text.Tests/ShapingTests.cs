namespace Reports.Text.Tests;

/// <summary>HarfBuzz shaping as the shaper sets it up: kerning on, ligatures off (extracted text must read "office").</summary>
public class ShapingTests
{
    [Fact]
    public void Shaping_kerns_but_forms_no_ligatures()
    {
        using var shaper = new TextShaper(FontStack.Create([]));
        var face = shaper.Stack.Resolve('A', FontVariant.Regular)!.Value;

        var office = shaper.Shape(face, "office");
        var pair = shaper.Shape(face, "AV");
        var separate = shaper.Shape(face, "A").Advance + shaper.Shape(face, "V").Advance;

        office.Count.ShouldBe(6);
        pair.Advance.ShouldBeLessThan(separate);
    }
}
