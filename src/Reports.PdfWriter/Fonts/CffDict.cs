using System.Globalization;
using System.Text;

namespace Reports.PdfWriter.Fonts;

/// <summary>
/// A CFF DICT as a list of operators with their operands, keeping each entry's original bytes so that
/// entries the converter does not change are copied exactly. Two-byte operators are numbered 1200 + b1.
/// </summary>
internal sealed class CffDict
{
    private CffDict(List<Entry> entries) => Entries = entries;

    public IReadOnlyList<Entry> Entries { get; }

    public static CffDict Read(ReadOnlySpan<byte> data)
    {
        var entries = new List<Entry>();
        var operands = new List<double>();
        var start = 0;
        var i = 0;
        while (i < data.Length)
        {
            int b0 = data[i];
            if (b0 <= 21)
            {
                var op = b0 == 12 ? 1200 + data[i + 1] : b0;
                i += b0 == 12 ? 2 : 1;
                entries.Add(new Entry(op, [.. operands], data[start..i].ToArray()));
                operands.Clear();
                start = i;
            }
            else
            {
                operands.Add(ReadOperand(data, ref i));
            }
        }

        return new CffDict(entries);
    }

    public Entry? Find(int op) => Entries.FirstOrDefault(e => e.Operator == op);

    /// <summary>An integer operand in five bytes (operator 29), so offsets can be written before they are known.</summary>
    public static void Int32(List<byte> output, int value) =>
        output.AddRange([29, (byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value]);

    public static void Operator(List<byte> output, int op)
    {
        if (op >= 1200)
            output.AddRange([12, (byte)(op - 1200)]);
        else
            output.Add((byte)op);
    }

    private static double ReadOperand(ReadOnlySpan<byte> data, ref int i)
    {
        int b0 = data[i];
        switch (b0)
        {
            case 28:
                i += 3;
                return (short)((data[i - 2] << 8) | data[i - 1]);
            case 29:
                i += 5;
                return (data[i - 4] << 24) | (data[i - 3] << 16) | (data[i - 2] << 8) | data[i - 1];
            case 30:
                return ReadReal(data, ref i);
            case >= 32 and <= 246:
                i += 1;
                return b0 - 139;
            case >= 247 and <= 250:
                i += 2;
                return ((b0 - 247) * 256) + data[i - 1] + 108;
            case >= 251 and <= 254:
                i += 2;
                return (-(b0 - 251) * 256) - data[i - 1] - 108;
            default:
                throw new InvalidDataException($"CFF DICT byte {b0} is reserved");
        }
    }

    private static double ReadReal(ReadOnlySpan<byte> data, ref int i)
    {
        var text = new StringBuilder();
        i++;
        while (true)
        {
            var b = data[i++];
            foreach (var nibble in new[] { b >> 4, b & 0xF })
            {
                if (nibble == 0xF)
                    return double.TryParse(text.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0;
                text.Append(nibble switch { <= 9 => ((char)('0' + nibble)).ToString(), 0xA => ".", 0xB => "E", 0xC => "E-", 0xE => "-", _ => "" });
            }
        }
    }

    /// <summary>One operator, its operands, and the bytes it was read from (operands and operator).</summary>
    public sealed record Entry(int Operator, double[] Operands, byte[] Raw);
}
