using Reports.Layout.Model;
using Reports.Text;

namespace Reports.Layout.Paging;

/// <summary>
/// What every page carries whatever its content: the page colour behind everything, the marking centred at the
/// top and the bottom, on page 1 the cover logo, and the watermark over everything, translucent, so neither the
/// page colour nor a card or table background hides it. Added after the header and footer.
/// </summary>
public sealed class MarkingLayout(TextEngine text, PageGeometry page, PageDecorations decorations, Look look)
{
    /// <summary>Baseline of the top marking, from the top of the page (above the running header).</summary>
    private const double TopBaseline = 20;

    /// <summary>Baseline of the bottom marking, from the bottom of the page (below the footer).</summary>
    private const double BottomBaseline = 12;

    private const double WatermarkSize = 96;

    /// <summary>
    /// The watermark's ink and opacity: on white, 15 % of the muted grey is about the pale #E7E9EB it was when it
    /// was drawn behind the content; on a navy table header it shows lighter, and text under it stays readable.
    /// </summary>
    private const string WatermarkColor = Theme.Muted;

    private const double WatermarkOpacity = 0.15;

    private static readonly TextStyle MarkingStyle = new(FontVariant.Bold, 8, Theme.Muted);

    public void Mark(List<PlacedBox> boxes, int number)
    {
        var behind = new List<PlacedBox>();
        if (!string.Equals(look.Page, Theme.White, StringComparison.OrdinalIgnoreCase))
            behind.Add(new PlacedRect(new Rect(0, 0, page.Width, page.Height), look.Page));
        boxes.InsertRange(0, behind.Select(b => b with { BlockIndex = -1 }));
        if (!string.IsNullOrWhiteSpace(decorations.Marking))
        {
            var line = FurnitureLine.Of(text, decorations.Marking, MarkingStyle);
            var added = new List<PlacedBox>();
            FurnitureLine.PlaceCentred(line, page.Width / 2, TopBaseline, added);
            FurnitureLine.PlaceCentred(line, page.Width / 2, page.Height - BottomBaseline, added);
            boxes.AddRange(added.Select(b => b with { BlockIndex = -1 }));
        }

        if (number == 1 && decorations.CoverLogo is { } logo)
        {
            var height = decorations.CoverLogoHeight;
            boxes.Add(new PlacedImage(new Rect(page.Content.X, page.Content.Y, height * logo.Aspect, height), logo)
            {
                BlockIndex = -1,
                Node = new Structure.StructureNode(Structure.StructureRole.Figure),
            });
        }

        if (!string.IsNullOrWhiteSpace(decorations.Watermark))
            boxes.AddRange(Watermark(decorations.Watermark).Select(b => b with { BlockIndex = -1 }));
    }

    /// <summary>Shapes the marking and the watermark before the first page is drawn (their glyphs must be in the subset).</summary>
    public void Prepare() => Mark([], 1);

    /// <summary>The watermark's runs, centred on the page and turned along its diagonal.</summary>
    private IEnumerable<PlacedBox> Watermark(string value)
    {
        var line = FurnitureLine.Of(text, value, new TextStyle(FontVariant.Bold, WatermarkSize, WatermarkColor));
        var (cx, cy) = (page.Width / 2, page.Height / 2);
        var upright = new List<PlacedBox>();
        TextPlacer.Place(line, cx - (line.Width / 2), cy - (line.Height / 2), 0, CellAlign.Left, upright, null);
        var degrees = Math.Atan2(page.Height, page.Width) * 180 / Math.PI;
        return upright.OfType<PlacedText>().Select(t => new PlacedRotatedText(t, degrees, cx, cy) { Opacity = WatermarkOpacity });
    }
}
