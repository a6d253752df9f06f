using Reports.Excel.Text;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace Reports.Excel.Charts;

/// <summary>Titles and text properties of chart elements.</summary>
internal static class ChartText
{
    /// <summary>A chart or axis title holding <paramref name="text"/> in <paramref name="hundredthsOfPoint"/> (1400 = 14 pt).</summary>
    public static C.Title Title(string text, int hundredthsOfPoint, bool bold) => new(
        new C.ChartText(new C.RichText(
            new A.BodyProperties(),
            new A.ListStyle(),
            new A.Paragraph(
                new A.ParagraphProperties(new A.DefaultRunProperties { FontSize = hundredthsOfPoint, Bold = bold }),
                new A.Run(new A.RunProperties { Language = "en-GB", FontSize = hundredthsOfPoint, Bold = bold }, new A.Text(CellText.XmlSafe(text)))))),
        new C.Overlay { Val = false });

    /// <summary>Text properties giving labels a size (900 = 9 pt).</summary>
    public static C.TextProperties Size(int hundredthsOfPoint) => new(
        new A.BodyProperties(),
        new A.ListStyle(),
        new A.Paragraph(new A.ParagraphProperties(new A.DefaultRunProperties { FontSize = hundredthsOfPoint }), new A.EndParagraphRunProperties { Language = "en-GB" }));
}
