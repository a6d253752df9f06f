using Reports.Text;

namespace Reports.Layout.Paging;

/// <summary>How a kind of text block looks: base text style, line height factor and the space around it.</summary>
public sealed record TextBlockStyle(TextStyle Text, double LineHeight, double SpaceBefore, double SpaceAfter);
