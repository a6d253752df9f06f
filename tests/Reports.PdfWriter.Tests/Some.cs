using Reports.PdfWriter.Content;
using Reports.PdfWriter.Document;

namespace Reports.PdfWriter.Tests;

/// <summary>Test data: fonts, document information, texts in several scripts.</summary>
internal static class Some
{
    public const string DejaVuFolder = "/usr/share/fonts/truetype/dejavu";

    public static readonly DateTimeOffset Date = new(2025, 5, 8, 9, 30, 0, TimeSpan.FromHours(3));

    /// <summary>TrueType outlines; Latin, Cyrillic, Arabic (fonts-dejavu-core).</summary>
    public static FontFace Sans { get; } = new(Path.Combine(DejaVuFolder, "DejaVuSans.ttf"));

    public static FontFace SansBold { get; } = new(Path.Combine(DejaVuFolder, "DejaVuSans-Bold.ttf"));

    /// <summary>CFF outlines (fonts-cantarell): an OpenType font whose glyphs are PostScript charstrings.</summary>
    public static FontFace Cff { get; } = new("/usr/share/fonts/opentype/cantarell/Cantarell-Regular.otf");

    public static DocumentInfo Info { get; } = new("Summit brief", "en-GB", Date)
    {
        Author = "Research desk",
        Subject = "Outcomes of the summit",
        Keywords = "summit, trade",
        Creator = "Reports tests",
        Producer = "Reports.PdfWriter",
    };

    public const string Latin = "Trade reached 245 billion dollars";

    public const string Cyrillic = "Товарооборот достиг 245 миллиардов долларов";

    public const string Arabic = "بلغ حجم التجارة مليار دولار";

    public const string Ligatures = "The office filed fifty flights";

    public static void RequireFonts()
    {
        Prerequisite.Require(File.Exists(Sans.Path) && File.Exists(SansBold.Path), "the DejaVu fonts (fonts-dejavu-core)");
        Prerequisite.Require(File.Exists(Cff.Path), "a CFF-outline font (fonts-cantarell)");
    }
}
