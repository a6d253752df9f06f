using System.Text;

namespace Reports.PdfWriter.Writing;

/// <summary>
/// A growable byte buffer with PDF's token syntax: names, numbers, strings, references. Numbers are
/// written without culture or exponent, rounded to 1/1000 (finer than any device resolution), so the same
/// value always gives the same bytes.
/// </summary>
internal sealed class PdfBuffer(int capacity = 4096)
{
    private byte[] bytes = new byte[capacity];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Span => bytes.AsSpan(0, Length);

    public void Clear() => Length = 0;

    /// <summary>Empties the buffer and returns it, for writing the next object.</summary>
    public PdfBuffer Cleared()
    {
        Length = 0;
        return this;
    }

    public PdfBuffer Raw(string ascii)
    {
        Ensure(ascii.Length);
        foreach (var c in ascii)
            bytes[Length++] = (byte)c;
        return this;
    }

    public PdfBuffer Raw(ReadOnlySpan<byte> data)
    {
        Ensure(data.Length);
        data.CopyTo(bytes.AsSpan(Length));
        Length += data.Length;
        return this;
    }

    public PdfBuffer Byte(byte value)
    {
        Ensure(1);
        bytes[Length++] = value;
        return this;
    }

    public PdfBuffer Space() => Byte((byte)' ');

    public PdfBuffer Line() => Byte((byte)'\n');

    public PdfBuffer Int(long value)
    {
        Ensure(20);
        value.TryFormat(bytes.AsSpan(Length), out var written, default, System.Globalization.CultureInfo.InvariantCulture);
        Length += written;
        return this;
    }

    /// <summary>A real number rounded to three decimals, trailing zeros dropped ("12.5", "-0.125", "3").</summary>
    public PdfBuffer Number(double value)
    {
        if (!double.IsFinite(value))
            throw new ArgumentOutOfRangeException(nameof(value), value, "PDF numbers must be finite.");
        var thousandths = (long)Rounding.HalfAwayFromZero(value * 1000);
        if (thousandths < 0)
        {
            Byte((byte)'-');
            thousandths = -thousandths;
        }

        Int(thousandths / 1000);
        var fraction = (int)(thousandths % 1000);
        if (fraction == 0)
            return this;
        Byte((byte)'.');
        var digits = fraction % 100 == 0 ? 1 : fraction % 10 == 0 ? 2 : 3;
        var divisor = 100;
        for (var i = 0; i < digits; i++, divisor /= 10)
            Byte((byte)('0' + (fraction / divisor % 10)));
        return this;
    }

    /// <summary>A name object: <c>/Name</c>, with # escapes for bytes outside the regular characters.</summary>
    public PdfBuffer Name(string name)
    {
        Byte((byte)'/');
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            if (b is > 0x20 and < 0x7F && !IsDelimiter(b) && b != (byte)'#')
            {
                Byte(b);
            }
            else
            {
                Byte((byte)'#');
                Hex(b);
            }
        }

        return this;
    }

    /// <summary>A text string: a literal string for printable ASCII, UTF-16BE with a byte-order mark otherwise.</summary>
    public PdfBuffer Text(string text)
    {
        if (text.All(c => c is >= ' ' and <= '~'))
            return Literal(text);
        Raw("<FEFF");
        foreach (var c in text)
        {
            Hex((byte)(c >> 8));
            Hex((byte)c);
        }

        return Byte((byte)'>');
    }

    /// <summary>A byte string in ASCII (e.g. a date, a URI), escaped as a literal string.</summary>
    public PdfBuffer Literal(string ascii)
    {
        Byte((byte)'(');
        foreach (var c in ascii)
        {
            if (c is '(' or ')' or '\\')
                Byte((byte)'\\');
            if (c > 0x7E || c < 0x20)
            {
                Byte((byte)'\\');
                Raw(Convert.ToString(c & 0xFF, 8).PadLeft(3, '0'));
            }
            else
            {
                Byte((byte)c);
            }
        }

        return Byte((byte)')');
    }

    /// <summary>A byte string as hex: <c>&lt;0a1b&gt;</c>.</summary>
    public PdfBuffer HexString(ReadOnlySpan<byte> data)
    {
        Byte((byte)'<');
        foreach (var b in data)
            Hex(b);
        return Byte((byte)'>');
    }

    public PdfBuffer Ref(int objectNumber) => Int(objectNumber).Raw(" 0 R");

    /// <summary>Two hex digits, upper case.</summary>
    public PdfBuffer Hex(byte value)
    {
        Ensure(2);
        bytes[Length++] = HexDigit(value >> 4);
        bytes[Length++] = HexDigit(value & 0xF);
        return this;
    }

    /// <summary>A 16-bit code as four hex digits (a CID in an Identity-H string).</summary>
    public PdfBuffer Hex16(uint value) => Hex((byte)(value >> 8)).Hex((byte)value);

    private static byte HexDigit(int nibble) => (byte)(nibble < 10 ? '0' + nibble : 'A' + nibble - 10);

    private static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']'
        or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    private void Ensure(int more)
    {
        if (Length + more > bytes.Length)
            Array.Resize(ref bytes, Math.Max(bytes.Length * 2, Length + more));
    }
}
