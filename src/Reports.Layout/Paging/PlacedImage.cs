using Reports.Layout.Model;

namespace Reports.Layout.Paging;

/// <summary>An image (a logo) drawn to fill <see cref="PlacedBox.Bounds"/>, with the alternative text its Figure will carry.</summary>
public sealed record PlacedImage(Rect Bounds, LogoImage Image) : PlacedBox(Bounds);
