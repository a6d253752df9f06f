using System.Buffers.Binary;
using System.Text;

namespace Reports.PdfWriter.Metadata;

/// <summary>
/// A compact ICC v2.1 display profile for sRGB (IEC 61966-2.1), made here from the standard's numbers
/// rather than downloaded: colourants from the sRGB primaries and D65 white, Bradford-adapted to the D50
/// connection space; one 1,024-point tone curve (the piecewise sRGB function) shared by the three channels;
/// media white D50. About 2.5 KB before compression. The PDF/A output intent needs one; it is public domain.
/// </summary>
internal static class SrgbProfile
{
    public const string Identifier = "sRGB IEC61966-2.1";

    private const int CurvePoints = 1024;

    public static byte[] Bytes { get; } = Build();

    /// <summary>The colourant columns (red, green, blue) as XYZ under D50.</summary>
    public static double[][] Colorants()
    {
        double[][] primaries = [[0.64, 0.33], [0.30, 0.60], [0.15, 0.06]];
        var white = Xyz(0.3127, 0.3290);
        var p = primaries.Select(c => Xyz(c[0], c[1])).ToArray();
        var m = new[,] { { p[0][0], p[1][0], p[2][0] }, { p[0][1], p[1][1], p[2][1] }, { p[0][2], p[1][2], p[2][2] } };
        var s = Multiply(Invert(m), white);
        var rgbToXyz = new double[3, 3];
        for (var r = 0; r < 3; r++)
        {
            for (var c = 0; c < 3; c++)
                rgbToXyz[r, c] = m[r, c] * s[c];
        }

        var adapted = Adapt(rgbToXyz, white, [0.9642, 1.0, 0.8249]);
        return [.. Enumerable.Range(0, 3).Select(c => new[] { adapted[0, c], adapted[1, c], adapted[2, c] })];
    }

    private static byte[] Build()
    {
        var colorants = Colorants();
        var tags = new List<(string Signature, byte[] Data)>
        {
            ("desc", Description("sRGB IEC61966-2.1 (compact)")),
            ("cprt", Text("No copyright, use freely")),
            ("wtpt", XyzTag([0.9642, 1.0, 0.8249])),
            ("rXYZ", XyzTag(colorants[0])),
            ("gXYZ", XyzTag(colorants[1])),
            ("bXYZ", XyzTag(colorants[2])),
            ("rTRC", Curve()),
        };
        var entries = tags.Count + 2; // gTRC and bTRC point at rTRC's data
        var offset = 128 + 4 + (12 * entries);
        var table = new List<(string Signature, int Offset, int Length)>();
        var data = new List<byte>();
        foreach (var (signature, bytes) in tags)
        {
            table.Add((signature, offset + data.Count, bytes.Length));
            data.AddRange(bytes);
            while (data.Count % 4 != 0)
                data.Add(0);
        }

        var curve = table[^1];
        table.Add(("gTRC", curve.Offset, curve.Length));
        table.Add(("bTRC", curve.Offset, curve.Length));

        var profile = new byte[offset + data.Count];
        Header(profile);
        BinaryPrimitives.WriteUInt32BigEndian(profile.AsSpan(128), (uint)entries);
        for (var i = 0; i < table.Count; i++)
        {
            var at = 132 + (12 * i);
            Encoding.ASCII.GetBytes(table[i].Signature).CopyTo(profile, at);
            BinaryPrimitives.WriteUInt32BigEndian(profile.AsSpan(at + 4), (uint)table[i].Offset);
            BinaryPrimitives.WriteUInt32BigEndian(profile.AsSpan(at + 8), (uint)table[i].Length);
        }

        data.CopyTo(profile, offset);
        return profile;
    }

    private static void Header(byte[] profile)
    {
        var h = profile.AsSpan();
        BinaryPrimitives.WriteUInt32BigEndian(h, (uint)profile.Length);
        BinaryPrimitives.WriteUInt32BigEndian(h[8..], 0x02100000); // version 2.1.0
        Encoding.ASCII.GetBytes("mntrRGB XYZ ").CopyTo(profile, 12);
        ushort[] date = [2025, 1, 1, 0, 0, 0];
        for (var i = 0; i < date.Length; i++)
            BinaryPrimitives.WriteUInt16BigEndian(h[(24 + (2 * i))..], date[i]);
        Encoding.ASCII.GetBytes("acsp").CopyTo(profile, 36);
        WriteXyz(h[68..], [0.9642, 1.0, 0.8249]); // the connection space's illuminant, D50
    }

    private static byte[] XyzTag(double[] xyz)
    {
        var tag = new byte[20];
        Encoding.ASCII.GetBytes("XYZ ").CopyTo(tag, 0);
        WriteXyz(tag.AsSpan(8), xyz);
        return tag;
    }

    private static void WriteXyz(Span<byte> at, double[] xyz)
    {
        for (var i = 0; i < 3; i++)
            BinaryPrimitives.WriteInt32BigEndian(at[(4 * i)..], (int)Math.Round(xyz[i] * 65536));
    }

    /// <summary>curveType: the sRGB transfer function, linear below 0.04045, a 2.4 power above.</summary>
    private static byte[] Curve()
    {
        var tag = new byte[12 + (2 * CurvePoints)];
        Encoding.ASCII.GetBytes("curv").CopyTo(tag, 0);
        BinaryPrimitives.WriteUInt32BigEndian(tag.AsSpan(8), CurvePoints);
        for (var i = 0; i < CurvePoints; i++)
        {
            var v = i / (double)(CurvePoints - 1);
            var linear = v <= 0.04045 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);
            BinaryPrimitives.WriteUInt16BigEndian(tag.AsSpan(12 + (2 * i)), (ushort)Math.Round(linear * 65535));
        }

        return tag;
    }

    /// <summary>textDescriptionType (v2): the ASCII description, with empty Unicode and ScriptCode parts.</summary>
    private static byte[] Description(string text)
    {
        var ascii = Encoding.ASCII.GetBytes(text);
        var tag = new byte[12 + ascii.Length + 1 + 8 + 3 + 67];
        Encoding.ASCII.GetBytes("desc").CopyTo(tag, 0);
        BinaryPrimitives.WriteUInt32BigEndian(tag.AsSpan(8), (uint)(ascii.Length + 1));
        ascii.CopyTo(tag, 12);
        return tag;
    }

    private static byte[] Text(string text)
    {
        var ascii = Encoding.ASCII.GetBytes(text);
        var tag = new byte[8 + ascii.Length + 1];
        Encoding.ASCII.GetBytes("text").CopyTo(tag, 0);
        ascii.CopyTo(tag, 8);
        return tag;
    }

    private static double[] Xyz(double x, double y) => [x / y, 1, (1 - x - y) / y];

    /// <summary>Bradford chromatic adaptation of an RGB → XYZ matrix from one white to another.</summary>
    private static double[,] Adapt(double[,] matrix, double[] from, double[] to)
    {
        var bradford = new[,] { { 0.8951, 0.2664, -0.1614 }, { -0.7502, 1.7135, 0.0367 }, { 0.0389, -0.0685, 1.0296 } };
        var (coneFrom, coneTo) = (Multiply(bradford, from), Multiply(bradford, to));
        var scale = new double[3, 3];
        for (var i = 0; i < 3; i++)
            scale[i, i] = coneTo[i] / coneFrom[i];
        return Multiply(Multiply(Invert(bradford), Multiply(scale, bradford)), matrix);
    }

    private static double[] Multiply(double[,] m, double[] v) =>
        [.. Enumerable.Range(0, 3).Select(r => (m[r, 0] * v[0]) + (m[r, 1] * v[1]) + (m[r, 2] * v[2]))];

    private static double[,] Multiply(double[,] a, double[,] b)
    {
        var result = new double[3, 3];
        for (var r = 0; r < 3; r++)
        {
            for (var c = 0; c < 3; c++)
                result[r, c] = (a[r, 0] * b[0, c]) + (a[r, 1] * b[1, c]) + (a[r, 2] * b[2, c]);
        }

        return result;
    }

    private static double[,] Invert(double[,] m)
    {
        var det = (m[0, 0] * ((m[1, 1] * m[2, 2]) - (m[1, 2] * m[2, 1])))
            - (m[0, 1] * ((m[1, 0] * m[2, 2]) - (m[1, 2] * m[2, 0])))
            + (m[0, 2] * ((m[1, 0] * m[2, 1]) - (m[1, 1] * m[2, 0])));
        var inverse = new double[3, 3];
        for (var r = 0; r < 3; r++)
        {
            for (var c = 0; c < 3; c++)
            {
                var (r1, r2, c1, c2) = ((c + 1) % 3, (c + 2) % 3, (r + 1) % 3, (r + 2) % 3);
                inverse[r, c] = ((m[r1, c1] * m[r2, c2]) - (m[r1, c2] * m[r2, c1])) / det;
            }
        }

        return inverse;
    }
}
