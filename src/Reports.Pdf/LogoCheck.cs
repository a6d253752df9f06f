using Reports.PdfWriter.Svg;

namespace Reports.Pdf;

/// <summary>Whether an SVG logo can be drawn, checked before anything is written (the SVG reader refuses what it cannot draw faithfully).</summary>
public static class LogoCheck
{
    /// <summary>Null when the SVG reads; else where in the SVG file the reader stopped (1-based; 0 when unknown) and why.</summary>
    public static (int Line, int Column, string Problem)? Svg(string path)
    {
        try
        {
            LogoContent.Vector(new Reports.Layout.Model.LogoImage(path, Reports.Layout.Model.ImageKind.Svg, 1, ""));
            return null;
        }
        catch (SvgException e)
        {
            return (e.Line, e.Column, e.Problem);
        }
        catch (System.Xml.XmlException e)
        {
            return (e.LineNumber, e.LinePosition, e.Message);
        }
    }
}
