using System.Globalization;
using System.Text;

namespace Reports.Layout.Rendering;

/// <summary>
/// The bytes appended to a PDF by an incremental update: new or replaced objects, their
/// cross-reference section (one subsection per run of consecutive numbers) and a trailer whose /Prev
/// points at the previous cross-reference table.
/// </summary>
internal sealed class IncrementalUpdate(PdfTail tail)
{
    private readonly SortedDictionary<int, string> objects = [];

    public void Add(int number, string body) => objects[number] = body;

    public byte[] Bytes()
    {
        var text = new StringBuilder(tail.EndsWithNewline ? "" : "\n");
        var offsets = new Dictionary<int, long>();
        foreach (var (number, body) in objects)
        {
            offsets[number] = tail.Length + text.Length;
            text.Append(CultureInfo.InvariantCulture, $"{number} 0 obj\n{body}\nendobj\n");
        }

        var xref = tail.Length + text.Length;
        text.Append("xref\n");
        foreach (var run in Runs(objects.Keys))
        {
            text.Append(CultureInfo.InvariantCulture, $"{run[0]} {run.Count}\n");
            foreach (var number in run)
                text.Append(CultureInfo.InvariantCulture, $"{offsets[number]:D10} 00000 n \n");
        }

        var size = Math.Max(tail.Size, objects.Keys.Max() + 1);
        var info = tail.Info is { } i ? $"\n/Info {i} 0 R" : "";
        text.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {size}\n/Root {tail.Root} 0 R{info}\n/Prev {tail.StartXref}>>\n");
        text.Append(CultureInfo.InvariantCulture, $"startxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(text.ToString());
    }

    private static IEnumerable<List<int>> Runs(IEnumerable<int> numbers)
    {
        var run = new List<int>();
        foreach (var number in numbers)
        {
            if (run.Count > 0 && number != run[^1] + 1)
            {
                yield return run;
                run = [];
            }

            run.Add(number);
        }

        if (run.Count > 0)
            yield return run;
    }
}
