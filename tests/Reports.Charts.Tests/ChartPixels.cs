using System.Diagnostics;
using Reports.Layout.Paging;

namespace Reports.Charts.Tests;

/// <summary>
/// A chart's area of a PDF page rendered to grey pixels with pdftoppm (poppler), to compare a painted
/// chart with today's rendering of the same chart as a reader would see them.
/// </summary>
internal static class ChartPixels
{
    public const int Dpi = 100;

    /// <summary>The grey levels of the chart's bounds (shrunk by a point on each side) on the 1-based page.</summary>
    public static byte[] Of(byte[] pdf, int page, Rect bounds, string? keep = null)
    {
        Prerequisite.RequireTool("pdftoppm");
        var path = Path.Combine(Path.GetTempPath(), $"reports-chart-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            int Px(double points) => (int)(points * Dpi / 72);
            var start = new ProcessStartInfo("pdftoppm") { RedirectStandardOutput = true };
            foreach (var arg in new[] { "-r", $"{Dpi}", "-f", $"{page}", "-l", $"{page}", "-gray", "-x", $"{Px(bounds.X + 1)}", "-y", $"{Px(bounds.Y + 1)}", "-W", $"{Px(bounds.Width - 2)}", "-H", $"{Px(bounds.Height - 2)}", path })
                start.ArgumentList.Add(arg);
            using var process = Process.Start(start)!;
            using var image = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(image);
            process.WaitForExit();
            if (keep is not null)
                File.WriteAllBytes(keep, image.ToArray());
            return Pixels(image.ToArray());
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Grey levels two pixels may differ by and still count as alike (of 255): the chart's lightest rules (grid lines, #E1E7ED) stand 24–30 levels from white.</summary>
    public const int Threshold = 16;

    /// <summary>The share of pixels whose grey levels differ by more than <see cref="Threshold"/>.</summary>
    public static double Differing(byte[] a, byte[] b)
    {
        a.Length.ShouldBe(b.Length);
        var differing = 0;
        for (var i = 0; i < a.Length; i++)
            differing += Math.Abs(a[i] - b[i]) > Threshold ? 1 : 0;
        return (double)differing / a.Length;
    }

    /// <summary>The pixels of a binary PGM (P5: magic, width, height, maximum, one whitespace, then the bytes).</summary>
    private static byte[] Pixels(byte[] pgm)
    {
        var (fields, at) = (0, 0);
        while (fields < 4)
        {
            while (char.IsWhiteSpace((char)pgm[at]))
                at++;
            while (!char.IsWhiteSpace((char)pgm[at]))
                at++;
            fields++;
        }

        return pgm[(at + 1)..];
    }
}
