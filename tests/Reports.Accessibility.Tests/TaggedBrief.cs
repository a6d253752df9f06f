using System.Diagnostics;
using System.Text;
using Reports.PdfWriter.Tests;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Reports.Accessibility.Tests;

/// <summary>
/// A rendered brief read back as a screen reader would meet it: the structure tree (elements, their MCIDs
/// and annotations), the text of every marked-content sequence (PdfPig), and the file on disk for the
/// command-line checkers (qpdf, pdfinfo, pdffonts, mutool).
/// </summary>
internal sealed class TaggedBrief
{
    private readonly Lazy<string> path;

    public TaggedBrief(string name, byte[] bytes)
    {
        Name = name;
        Bytes = bytes;
        Pdf = PdfDocument.Open(bytes);
        Objects = new PdfObjects(Pdf);
        Tree = Objects.StructureTree();
        Texts = ReadTexts(Pdf);
        path = new Lazy<string>(() =>
        {
            var file = Path.Combine(Path.GetTempPath(), $"reports-accessibility-{name}-{Environment.ProcessId}.pdf");
            System.IO.File.WriteAllBytes(file, bytes);
            return file;
        });
    }

    public string Name { get; }

    public byte[] Bytes { get; }

    public PdfDocument Pdf { get; }

    public PdfObjects Objects { get; }

    /// <summary>The top-level elements below the StructTreeRoot.</summary>
    public IReadOnlyList<StructureElement> Tree { get; }

    /// <summary>Every element in reading order.</summary>
    public IEnumerable<StructureElement> Elements => Tree.SelectMany(e => e.Descendants().Prepend(e));

    /// <summary>The text of each tagged sequence by (page, MCID).</summary>
    public IReadOnlyDictionary<(int Page, int Mcid), string> Texts { get; }

    public string File => path.Value;

    /// <summary>The element's text: its own sequences and its children's, in reading order.</summary>
    public string TextOf(StructureElement element)
    {
        var text = new StringBuilder();
        Append(element, text);
        return text.ToString();
    }

    /// <summary>The element's text with runs of white space as one space, trimmed (a paragraph's lines read as one).</summary>
    public string Words(StructureElement element) => System.Text.RegularExpressions.Regex.Replace(TextOf(element), @"\s+", " ").Trim();

    public (int Exit, string Output) Run(string command, params string[] args)
    {
        Prerequisite.RequireTool(command);
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
            start.ArgumentList.Add(arg == "{file}" ? File : arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private void Append(StructureElement element, StringBuilder text)
    {
        // Kids in file order: MCIDs and child elements interleave; the reader keeps them apart, so walk the /K array.
        var kids = element.Dictionary.Data.TryGetValue("K", out var k) ? k is UglyToad.PdfPig.Tokens.ArrayToken array ? array.Data : [k] : [];
        var (content, child) = (0, 0);
        foreach (var kid in kids)
        {
            switch (kid)
            {
                case UglyToad.PdfPig.Tokens.NumericToken:
                case UglyToad.PdfPig.Tokens.DictionaryToken d when !d.Data.ContainsKey("Obj"):
                    text.Append(Texts.GetValueOrDefault(element.Contents[content++], ""));
                    break;
                case UglyToad.PdfPig.Tokens.IndirectReferenceToken:
                    Append(element.Elements[child++], text);
                    break;
            }
        }
    }

    private static Dictionary<(int, int), string> ReadTexts(PdfDocument pdf)
    {
        var texts = new Dictionary<(int, int), string>();
        foreach (var page in pdf.GetPages())
        {
            foreach (var content in page.GetMarkedContents().Where(c => !c.IsArtifact))
                texts[(page.Number, content.MarkedContentIdentifier)] = Text(content);
        }

        return texts;
    }

    /// <summary>What a sequence says: its ActualText, else its letters and those of the spans inside it (PdfPig nests an ActualText span as a child).</summary>
    public static string Text(MarkedContentElement content) =>
        content.ActualText ?? string.Concat(content.Letters.Select(l => l.Value)) + string.Concat(content.Children.Select(Text));

    /// <summary>Every letter drawn inside a sequence, its nested spans included.</summary>
    public static IEnumerable<Letter> Letters(MarkedContentElement content) =>
        content.Letters.Concat(content.Children.SelectMany(Letters));
}
