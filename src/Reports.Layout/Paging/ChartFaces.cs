using Reports.Text;

namespace Reports.Layout.Paging;

/// <summary>
/// The face the chart library draws each group of chart strings with (it draws a whole label with
/// one typeface, so each group gets the first family that covers all of it).
/// </summary>
public sealed record ChartFaces(FaceKey Numbers, FaceKey Categories, FaceKey ValueAxis, FaceKey CategoryAxis, IReadOnlyList<FaceKey> DataLabels);
