using System.Buffers.Binary;

namespace Reports.Cli.Tests;

/// <summary>A --fonts face whose licence forbids embedding is a usage problem found before any work, not a failure while writing.</summary>
public sealed class RestrictedFontTests
{
    [Theory]
    [InlineData((ushort)0x0002, "0x0002")]
    [InlineData((ushort)0x0200, "0x0200")]
    public void Validate_names_a_fonts_face_whose_licence_forbids_embedding(ushort fsType, string shown)
    {
        using var run = CliRun.WithSeed();
        WriteFontWithFsType(run.PathOf("corporate/Corporate-Regular.ttf"), fsType);

        run.Run("validate", "input", "--fonts", "corporate").ShouldBe(ExitCodes.InvalidInput);

        run.Error.ShouldBe(
            "error: --fonts \"corporate\": the font corporate/Corporate-Regular.ttf: its licence forbids embedding (OS/2 fsType "
            + shown + "); give a font that permits embedding, e.g. the shipped Noto Sans, or leave this one out of the folder."
            + Environment.NewLine);
    }

    [Fact]
    public void Generate_with_a_restricted_fonts_face_exits_2_and_leaves_earlier_outputs_untouched()
    {
        using var run = CliRun.WithSeed();
        run.Run("--format", "pdf").ShouldBe(ExitCodes.Success, run.Error);
        var brief = run.Bytes("output/russia-china-summit-2025.pdf");
        var manifest = run.Bytes("output/manifest.json");
        WriteFontWithFsType(run.PathOf("corporate/Corporate-Regular.ttf"), 0x0002);

        run.Run("generate", "--fonts", "corporate", "--format", "pdf").ShouldBe(ExitCodes.InvalidInput);

        run.Error.ShouldContain("the font corporate/Corporate-Regular.ttf: its licence forbids embedding (OS/2 fsType 0x0002)");
        run.Error.ShouldNotContain("   at ");
        run.Bytes("output/russia-china-summit-2025.pdf").ShouldBe(brief);
        run.Bytes("output/manifest.json").ShouldBe(manifest);
    }

    [Fact]
    public void A_fonts_face_that_permits_embedding_is_accepted()
    {
        using var run = CliRun.WithSeed();
        WriteFontWithFsType(run.PathOf("corporate/Corporate-Regular.ttf"), 0x0008);

        run.Run("validate", "input", "--fonts", "corporate").ShouldBe(ExitCodes.Success, run.Error);
    }

    /// <summary>
    /// A copy of the shipped Noto Sans with the OS/2 fsType set and that table's checksum fixed (the file's
    /// head checkSumAdjustment is left: neither HarfBuzz nor SkiaSharp checks it).
    /// </summary>
    static void WriteFontWithFsType(string path, ushort fsType)
    {
        var font = File.ReadAllBytes(Repository.Path("fonts", "NotoSans-Regular.ttf"));
        var tables = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (var i = 0; i < tables; i++)
        {
            var record = 12 + (16 * i);
            if (!font.AsSpan(record, 4).SequenceEqual("OS/2"u8))
                continue;
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 8));
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 12));
            BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(offset + 8), fsType);
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(record + 4), Checksum(font.AsSpan(offset, length)));
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, font);
    }

    static uint Checksum(ReadOnlySpan<byte> table)
    {
        uint sum = 0;
        Span<byte> word = stackalloc byte[4];
        for (var i = 0; i < table.Length; i += 4)
        {
            word.Clear();
            table[i..Math.Min(i + 4, table.Length)].CopyTo(word);
            sum += BinaryPrimitives.ReadUInt32BigEndian(word);
        }

        return sum;
    }
}
