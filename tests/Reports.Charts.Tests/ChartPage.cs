using System.Diagnostics;
using Reports.Layout;
using Reports.Layout.Paging;
using Reports.PdfWriter;
using Reports.PdfWriter.Content;
using Reports.PdfWriter.Document;
using Reports.PdfWriter.Geometry;
using Reports.PdfWriter.Tagging;

namespace Reports.Charts.Tests;

/// <summary>
/// One A4 page written with our PDF writer holding a painted chart at its place on the brief's page,
/// as a Form inside a Figure with the chart's alt text: what the brief's writer will do with each chart.
/// </summary>
internal static class ChartPage
{
    public static (byte[] Bytes, PdfWriteResult Result) Write(PlacedChart chart, LayoutOptions? options = null)
    {
        var form = PaintedCharts.Paint(chart, options);
        using var stream = new MemoryStream();
        var writer = new PdfDocumentWriter(stream, new DocumentInfo("Chart", "en-GB", Some.Date));
        var root = new TagGroup(Tag.Document);
        var page = writer.BeginPage(PageSize.A4);
        var bounds = new PdfWriter.Geometry.Rect(chart.Bounds.X, chart.Bounds.Y, chart.Bounds.Width, chart.Bounds.Height);
        var figure = root.Open(Tag.Figure(ChartAlt.Describe(chart.Chart), bounds));
        figure.Add(page.StartTagged(TagKind.Figure));
        page.Place(new PlacedForm(form, bounds));
        page.EndTagged();
        writer.EndPage();
        var result = writer.Finish(new TagTree().Add(root));
        return (stream.ToArray(), result);
    }

    /// <summary>Runs a command-line checker on the bytes (saved to a temporary file) and returns its exit code and output.</summary>
    public static (int Exit, string Output) Check(byte[] pdf, string command, params string[] args)
    {
        Prerequisite.RequireTool(command);
        var path = Path.Combine(Path.GetTempPath(), $"reports-chart-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in args.Append(path))
                start.ArgumentList.Add(arg);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return (process.ExitCode, output.Result + errors.Result);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
