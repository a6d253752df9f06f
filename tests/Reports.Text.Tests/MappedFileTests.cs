using Reports.Shared;

namespace Reports.Text.Tests;

public sealed class MappedFileTests
{
    [Fact]
    public void A_font_file_reads_as_its_bytes_and_one_mapping_serves_every_reader()
    {
        var path = Path.Combine(ShippedFonts.Directory, "NotoSans-Regular.ttf");

        var first = MappedFile.Open(path);
        var again = MappedFile.Open(path);

        again.ShouldBeSameAs(first);
        first.Length.ShouldBe(512672); // ls -l fonts/NotoSans-Regular.ttf
        first.Span[..4].ToArray().ShouldBe(new byte[] { 0, 1, 0, 0 }); // a TrueType file's sfnt version
        first.Bytes.Span[^4..].ToArray().ShouldBe(File.ReadAllBytes(path)[^4..]);
    }

    [Fact]
    public void A_file_changed_on_disk_is_mapped_again_and_an_empty_one_reads_as_no_bytes()
    {
        var folder = Directory.CreateTempSubdirectory("reports-mapped-").FullName;
        try
        {
            var path = Path.Combine(folder, "Face.ttf");
            File.WriteAllText(path, "abc");
            File.SetLastWriteTimeUtc(path, new DateTime(2025, 5, 8, 0, 0, 0, DateTimeKind.Utc));
            var before = MappedFile.Open(path);
            before.Span.ToArray().ShouldBe("abc"u8.ToArray());

            File.WriteAllText(path, "abcd");
            var after = MappedFile.Open(path);
            after.Span.ToArray().ShouldBe("abcd"u8.ToArray());

            File.WriteAllBytes(path, []);
            MappedFile.Open(path).Length.ShouldBe(0);
            MappedFile.Open(path).Span.IsEmpty.ShouldBeTrue();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_missing_file_or_a_folder_is_a_file_not_found_error()
    {
        var folder = Directory.CreateTempSubdirectory("reports-mapped-").FullName;
        try
        {
            Should.Throw<FileNotFoundException>(() => MappedFile.Open(Path.Combine(folder, "None.ttf")));
            Should.Throw<FileNotFoundException>(() => MappedFile.Open(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
