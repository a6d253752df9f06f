using System.Buffers.Binary;
using System.Text;
using Reports.PdfWriter.Metadata;

namespace Reports.PdfWriter.Tests;

/// <summary>The sRGB profile the output intent embeds is a well-formed ICC v2 display profile with sRGB's numbers.</summary>
public sealed class SrgbProfileTests
{
    private static readonly byte[] Profile = SrgbProfile.Bytes;

    [Fact]
    public void The_header_declares_a_version_2_rgb_display_profile_of_its_own_length()
    {
        BinaryPrimitives.ReadUInt32BigEndian(Profile).ShouldBe((uint)Profile.Length);
        Profile[8..12].ShouldBe(new byte[] { 2, 0x10, 0, 0 });
        Encoding.ASCII.GetString(Profile, 12, 12).ShouldBe("mntrRGB XYZ ");
        Encoding.ASCII.GetString(Profile, 36, 4).ShouldBe("acsp");
        Fixed(68).ShouldBe(0.9642, 0.0001);
        Fixed(72).ShouldBe(1.0, 0.0001);
        Fixed(76).ShouldBe(0.8249, 0.0001);
    }

    [Fact]
    public void The_tag_table_lists_the_nine_tags_a_matrix_profile_needs_within_the_file()
    {
        var tags = Enumerable.Range(0, (int)BinaryPrimitives.ReadUInt32BigEndian(Profile.AsSpan(128)))
            .Select(i => (Signature: Encoding.ASCII.GetString(Profile, 132 + (12 * i), 4), Offset: U32(136 + (12 * i)), Size: U32(140 + (12 * i)))).ToList();

        tags.Select(t => t.Signature).Order().ShouldBe(["bTRC", "bXYZ", "cprt", "desc", "gTRC", "gXYZ", "rTRC", "rXYZ", "wtpt"]);
        tags.ShouldAllBe(t => t.Offset % 4 == 0 && t.Offset + t.Size <= Profile.Length);
        tags.Select(t => Encoding.ASCII.GetString(Profile, (int)t.Offset, 4)).Distinct().Order(StringComparer.Ordinal).ShouldBe(["XYZ ", "curv", "desc", "text"]);
    }

    /// <summary>The D50 colourants ICC's own sRGB profiles carry (IEC 61966-2.1 primaries, Bradford-adapted).</summary>
    [Fact]
    public void The_colourants_are_the_srgb_primaries_adapted_to_d50()
    {
        double[][] expected = [[0.4361, 0.2225, 0.0139], [0.3851, 0.7169, 0.0971], [0.1431, 0.0606, 0.7141]];
        string[] tags = ["rXYZ", "gXYZ", "bXYZ"];
        for (var c = 0; c < 3; c++)
        {
            var at = (int)Offset(tags[c]) + 8;
            for (var i = 0; i < 3; i++)
                Fixed(at + (4 * i)).ShouldBe(expected[c][i], 0.0002);
        }
    }

    /// <summary>sRGB's transfer function: 0.5 encodes 21.4 % of linear light, 0.04 (below the knee) 0.04 / 12.92.</summary>
    [Fact]
    public void The_tone_curve_is_the_srgb_transfer_function()
    {
        var curve = (int)Offset("rTRC");
        var points = (int)U32(curve + 8);
        double At(double v) => BinaryPrimitives.ReadUInt16BigEndian(Profile.AsSpan(curve + 12 + (2 * (int)Math.Round(v * (points - 1))))) / 65535.0;

        points.ShouldBe(1024);
        At(0).ShouldBe(0);
        At(1).ShouldBe(1);
        At(0.5).ShouldBe(0.2140, 0.0005);
        At(0.04).ShouldBe(0.0031, 0.0001);
    }

    /// <summary>Little CMS reads the profile and maps sRGB red and green to their published D50 L*a*b* values.</summary>
    [SkippableFact]
    public void Little_cms_accepts_the_profile_and_converts_srgb_red_and_green_to_their_lab_values()
    {
        Prerequisite.RequireTool("transicc");
        var path = Path.Combine(Path.GetTempPath(), $"srgb-{Guid.NewGuid():N}.icc");
        File.WriteAllBytes(path, Profile);
        try
        {
            var start = new System.Diagnostics.ProcessStartInfo("transicc", ["-i" + path, "-o*Lab", "-n"]) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = System.Diagnostics.Process.Start(start)!;
            process.StandardInput.Write("255 0 0\n0 255 0\n");
            process.StandardInput.Close();
            var lines = process.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray())
                .Where(v => v.Length == 3).ToList();
            process.WaitForExit();

            process.ExitCode.ShouldBe(0);
            lines.Count.ShouldBe(2);
            lines[0].Zip([54.29, 80.80, 69.89]).ShouldAllBe(p => Math.Abs(p.First - p.Second) < 0.05);
            lines[1].Zip([87.82, -79.28, 80.99]).ShouldAllBe(p => Math.Abs(p.First - p.Second) < 0.05);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static uint Offset(string signature)
    {
        for (var i = 0; i < U32(128); i++)
        {
            if (Encoding.ASCII.GetString(Profile, 132 + (12 * i), 4) == signature)
                return U32(136 + (12 * i));
        }

        throw new InvalidOperationException($"No tag {signature}.");
    }

    private static uint U32(int at) => BinaryPrimitives.ReadUInt32BigEndian(Profile.AsSpan(at));

    private static double Fixed(int at) => BinaryPrimitives.ReadInt32BigEndian(Profile.AsSpan(at)) / 65536.0;
}
