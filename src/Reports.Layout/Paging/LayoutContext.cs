using Reports.Layout.Model;
using Reports.Text;

namespace Reports.Layout.Paging;

/// <summary>What every block layout needs: the text engine, the page, the look and its styles, and the anchor names.</summary>
internal sealed class LayoutContext(TextEngine text, PageGeometry page, Look look)
{
    public BlockStyles Styles { get; } = new(look);

    public Look Look => look;

    public TextEngine Text => text;

    public PageGeometry Page => page;

    /// <summary>Width of the content column in points.</summary>
    public double Width => page.Content.Width;

    /// <summary>Height of the content column in points.</summary>
    public double Height => page.Content.Height;

    public AnchorRegistry Anchors { get; } = new();
}
