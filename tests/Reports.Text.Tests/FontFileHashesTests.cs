namespace Reports.Text.Tests;

public sealed class FontFileHashesTests
{
    [Fact]
    public void A_prefetched_shipped_font_is_listed_by_its_folder_name_and_sha256()
    {
        var path = Path.Combine(ShippedFonts.Directory, "NotoSans-Regular.ttf");

        FontFileHashes.Prefetch(path);
        var used = FontFileHashes.Of([(path, 0), (path, 0)]);

        // sha256sum fonts/NotoSans-Regular.ttf
        used.ShouldBe([new UsedFont("fonts/NotoSans-Regular.ttf", "89c3c497f618fdaa0b2d1e98fef93582f28c71debd2c4a8cdf41f190ced2909d")]);
    }

    [Fact]
    public void A_font_file_that_cannot_be_read_fails_the_list_and_is_read_when_it_can_be()
    {
        var folder = Directory.CreateTempSubdirectory("reports-hashes-").FullName;
        try
        {
            var path = Path.Combine(folder, "Late.ttf");
            FontFileHashes.Prefetch(path);

            Should.Throw<FileNotFoundException>(() => FontFileHashes.Of([(path, 2)]));

            File.WriteAllText(path, "abc");
            // sha256 of the three bytes "abc" (FIPS 180-2's first example)
            FontFileHashes.Of([(path, 2)]).ShouldBe([new UsedFont(path + "#2", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
