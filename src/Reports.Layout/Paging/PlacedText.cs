using Reports.Layout.Structure;
using Reports.Text;

namespace Reports.Layout.Paging;

/// <summary>
/// A run of text in one style on one line. <see cref="PlacedBox.Bounds"/> spans the line height and
/// the run's advance width; <see cref="Text"/> is what the glyphs spell. What the run knows (its text and
/// style) is read from it, not copied: a long brief places a box per run, and moves each box once.
/// </summary>
public sealed record PlacedText(Rect Bounds) : PlacedBox(Bounds)
{
    /// <summary>What the glyphs spell.</summary>
    public string Text => Run.Text;

    /// <summary>Size in points.</summary>
    public double FontSize => Run.Style.Size;

    /// <summary>"#RRGGBB".</summary>
    public string Color => Run.Style.Color;

    public bool Bold => Run.Style.Variant.IsBold();

    public bool Italic => Run.Style.Variant.IsItalic();

    /// <summary>Distance in points from the top of <see cref="PlacedBox.Bounds"/> to the baseline.</summary>
    public double Baseline { get; init; }

    /// <summary>True for the last run of a line whose break swallowed a space: the PDF gets the space back after its ink, for readers.</summary>
    public bool SpaceAfter { get; init; }

    /// <summary>Glyph ids (of the full face) and offsets, for the renderer.</summary>
    public TextRun Run { get; init; } = null!;

    /// <summary>
    /// The box of <paramref name="run"/>, made in one go (a <c>with</c> per property would copy it each time: a
    /// brief places a box per run, twice).
    /// </summary>
    internal static PlacedText From(TextRun run, double x, double top, double lineHeight, double baseline, StructureNode? node = null, double unitStart = 0, double unitWidth = -1, bool spaceAfter = false) =>
        new(new Rect(x, top, run.Width, lineHeight))
        {
            Baseline = baseline,
            Run = run,
            Node = node,
            UnitStart = unitStart,
            UnitWidth = unitWidth,
            SpaceAfter = spaceAfter,
        };
}
