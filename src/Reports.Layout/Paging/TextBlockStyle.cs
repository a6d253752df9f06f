using Reports.Layout.Text;

namespace Reports.Layout.Paging;

/// <summary>How a kind of text block looks: base text style, line height factor and the space around it.</summary>
internal sealed record TextBlockStyle(TextStyle Text, double LineHeight, double SpaceBefore, double SpaceAfter);
