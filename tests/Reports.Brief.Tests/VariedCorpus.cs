using System.Collections.Concurrent;
using Reports.Domain.Model;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Reports.Brief.Tests;

/// <summary>
/// The varied corpus (tests/Corpus/varied): summits of many shapes, each rendered once with
/// <see cref="Briefs.Options"/>, and the brief read back line by line.
/// </summary>
internal static class VariedCorpus
{
    /// <summary>The running footer sits below this height (PDF units from the bottom; A4's bottom margin is 64 pt).</summary>
    const double FooterTop = 64;

    static readonly ConcurrentDictionary<(string, AppendixMode), Lazy<byte[]>> Pdfs = new();

    public static string Folder { get; } = Repository.Path("tests", "Corpus", "varied");

    /// <summary>The datasets' names (file names without ".json").</summary>
    public static IReadOnlyList<string> All { get; } =
        [.. Directory.GetFiles(Folder, "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal)];

    public static TheoryData<string> Names => [.. All];

    public static Summit Summit(string name) => Briefs.Load(File.ReadAllBytes(Path.Combine(Folder, name + ".json")));

    public static PdfDocument Open(string name, AppendixMode appendix = AppendixMode.Full) =>
        PdfDocument.Open(Pdfs.GetOrAdd((name, appendix), key => new Lazy<byte[]>(() => Briefs.Render(Summit(key.Item1), Briefs.Options with { Appendix = key.Item2 }))).Value);

    /// <summary>The lines of a page: words on one baseline, left to right, joined with spaces.</summary>
    public static List<string> Lines(Page page) =>
        [.. page.GetWords()
            .GroupBy(w => Math.Round(w.BoundingBox.Bottom))
            .OrderByDescending(g => g.Key)
            .Select(g => string.Join(' ', g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)))];

    /// <summary>Every line of the document, page after page.</summary>
    public static List<string> Lines(PdfDocument pdf) => [.. pdf.GetPages().SelectMany(Lines)];

    /// <summary>The first page with a line that is <paramref name="line"/> (a chart title, a heading).</summary>
    public static Page PageWith(PdfDocument pdf, string line) =>
        pdf.GetPages().First(p => Lines(p).Contains(line));

    /// <summary>
    /// The lines of the appendix column headed <paramref name="header"/> (up to the next column, headed
    /// <paramref name="next"/>), on every page the appendix table spans: a cell of two lines gives two.
    /// </summary>
    public static List<string> AppendixColumn(PdfDocument pdf, string header, string next)
    {
        var column = new List<string>();
        foreach (var page in pdf.GetPages())
        {
            var words = page.GetWords().ToList();
            var top = words.FirstOrDefault(w => w.Text == header && words.Any(o => o.Text == next && Math.Abs(o.BoundingBox.Bottom - w.BoundingBox.Bottom) < 1));
            if (top is null)
                continue;
            var right = words.First(o => o.Text == next && Math.Abs(o.BoundingBox.Bottom - top.BoundingBox.Bottom) < 1).BoundingBox.Left;
            // The table ends at the next heading (the Sources section may follow it on the same page).
            var end = words.Where(w => w.BoundingBox.Top < top.BoundingBox.Bottom && w.Letters[0].PointSize > 12).Select(w => w.BoundingBox.Top).DefaultIfEmpty(FooterTop).Max();
            column.AddRange(words.Where(w => w.BoundingBox.Top < top.BoundingBox.Bottom && w.BoundingBox.Bottom > end
                    && w.BoundingBox.Left >= top.BoundingBox.Left - 1 && w.BoundingBox.Right <= right)
                .GroupBy(w => Math.Round(w.BoundingBox.Bottom))
                .OrderByDescending(g => g.Key)
                .Select(g => string.Join(' ', g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text))));
        }

        return column;
    }

    /// <summary>
    /// The lines of the appendix's right-aligned Value column: on each line of the table, the words that
    /// end at the column's right edge, with the word spaces between them (the gap to the label column
    /// is wider than a space).
    /// </summary>
    public static List<string> AppendixValues(PdfDocument pdf)
    {
        var values = new List<string>();
        foreach (var page in pdf.GetPages())
        {
            var words = page.GetWords().ToList();
            var header = words.FirstOrDefault(w => w.Text == "Value" && words.Any(o => o.Text == "Unit" && Math.Abs(o.BoundingBox.Bottom - w.BoundingBox.Bottom) < 1));
            if (header is null)
                continue;
            foreach (var line in words.Where(w => w.BoundingBox.Top < header.BoundingBox.Bottom).GroupBy(w => Math.Round(w.BoundingBox.Bottom)))
            {
                var ordered = line.OrderBy(w => w.BoundingBox.Left).ToList();
                var last = ordered.FindIndex(w => Math.Abs(w.BoundingBox.Right - header.BoundingBox.Right) < 1);
                if (last < 0)
                    continue;
                var first = last;
                while (first > 0 && ordered[first].BoundingBox.Left - ordered[first - 1].BoundingBox.Right < 4)
                    first--;
                values.Add(string.Join(' ', ordered[first..(last + 1)].Select(w => w.Text)));
            }
        }

        return values;
    }

    public static int Count(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
            count++;
        return count;
    }
}
