using System.Text;
using System.Text.RegularExpressions;

namespace Reports.PdfWriter.Tests;

/// <summary>The file's own structure: header, compressed streams, a classic cross-reference table, a content-hash /ID, and nothing after %%EOF.</summary>
public sealed partial class FileStructureTests
{
    [SkippableFact]
    public void The_file_starts_with_the_pdf_1_7_header_and_a_binary_comment_and_ends_at_eof()
    {
        Some.RequireFonts();
        var bytes = Sample.Document().File();

        Encoding.ASCII.GetString(bytes, 0, 10).ShouldBe("%PDF-1.7\n%");
        bytes.Skip(10).Take(4).ShouldAllBe(b => b >= 0x80);
        bytes[14].ShouldBe((byte)'\n');
        Encoding.ASCII.GetString(bytes[^5..]).ShouldBe("%%EOF");
    }

    [SkippableFact]
    public void The_cross_reference_table_points_at_every_object()
    {
        Some.RequireFonts();
        var bytes = Sample.Document().File();
        var text = Encoding.Latin1.GetString(bytes);
        var start = int.Parse(StartXref().Match(text).Groups[1].Value);
        var table = text[start..].Split('\n');

        table[0].ShouldBe("xref");
        var count = int.Parse(table[1].Split(' ')[1]);
        table[1].ShouldBe($"0 {count}");
        table[2].ShouldBe("0000000000 65535 f\r");
        for (var n = 1; n < count; n++)
        {
            table[2 + n].ShouldEndWith(" 00000 n\r");
            var offset = int.Parse(table[2 + n][..10]);
            text[offset..].ShouldStartWith($"{n} 0 obj\n");
        }
    }

    [SkippableFact]
    public void Every_stream_but_the_metadata_is_flate_compressed()
    {
        Some.RequireFonts();
        var text = Encoding.Latin1.GetString(Sample.Document().File());
        var streams = text.Split("endobj").Select(o => StreamDictionary().Match(o)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();

        streams.Count.ShouldBeGreaterThan(10);
        streams.Where(d => !d.Contains("/Filter /FlateDecode")).ShouldBe(["/Type /Metadata /Subtype /XML"]);
    }

    [SkippableFact]
    public void Qpdf_finds_no_error_in_the_file_under_every_standard()
    {
        Some.RequireFonts();
        foreach (var standard in Enum.GetValues<PdfStandard>())
        {
            var (exit, output) = Tool.On(Sample.Document(standard), "qpdf", "--check", "{file}");

            exit.ShouldBe(0, output);
            output.ShouldContain("No syntax or stream encoding errors found");
        }
    }

    [SkippableFact]
    public void Two_writes_of_one_document_give_identical_bytes()
    {
        Some.RequireFonts();
        Sample.Document().File().SequenceEqual(Sample.Document().File()).ShouldBeTrue();
    }

    [SkippableFact]
    public void The_trailer_id_is_a_hash_of_the_content_so_other_content_gets_another_id()
    {
        Some.RequireFonts();
        var first = Id(Sample.Document().File());
        var later = Id(Written.Of(2, (page, root) => TextTests.Paragraph(page, root, Shaper.Run(Some.Sans, "Other", 72, 72)), outline: []).File());

        first.Length.ShouldBe(2);
        first[0].Length.ShouldBe(32);
        first[1].ShouldBe(first[0]);
        later[0].ShouldNotBe(first[0]);
    }

    internal static string[] Id(byte[] file)
    {
        var match = TrailerId().Match(Encoding.Latin1.GetString(file));
        return [match.Groups[1].Value, match.Groups[2].Value];
    }

    [GeneratedRegex(@"startxref\n(\d+)\n%%EOF$")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"\d+ 0 obj\n<<(.*) /Length \d+>>\nstream\n", RegexOptions.Singleline)]
    private static partial Regex StreamDictionary();

    [GeneratedRegex(@"/ID \[<([0-9A-F]+)><([0-9A-F]+)>\]")]
    private static partial Regex TrailerId();
}
