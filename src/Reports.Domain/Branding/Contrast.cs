using System.Globalization;

namespace Reports.Domain.Branding;

/// <summary>
/// WCAG 2 contrast between two "#RRGGBB" colours, and the nearest shade of a text colour that reaches a ratio
/// on a given background: the colour mixed towards black or white, whichever needs less of a change.
/// </summary>
public static class Contrast
{
    /// <summary>WCAG AA for normal text.</summary>
    public const double Readable = 4.5;

    /// <summary>(L1 + 0.05) / (L2 + 0.05), lighter over darker; 1 to 21.</summary>
    public static double Ratio(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    /// <summary>
    /// <paramref name="text"/> when it reaches <paramref name="ratio"/> on <paramref name="background"/>; else the
    /// first of its mixes towards black and towards white (in steps of 1 %) that does, the smaller mix winning.
    /// </summary>
    public static string ReadableOn(string text, string background, double ratio = Readable)
    {
        if (Ratio(text, background) >= ratio)
            return text;
        var darker = Towards(text, background, "#000000", ratio);
        var lighter = Towards(text, background, "#FFFFFF", ratio);
        return (darker, lighter) switch
        {
            ({ } d, { } l) => d.Step <= l.Step ? d.Hex : l.Hex,
            ({ } d, null) => d.Hex,
            (null, { } l) => l.Hex,
            _ => Ratio("#000000", background) >= Ratio("#FFFFFF", background) ? "#000000" : "#FFFFFF",
        };
    }

    static (string Hex, int Step)? Towards(string text, string background, string end, double ratio)
    {
        for (var step = 1; step <= 100; step++)
        {
            var mixed = Mix(text, end, step / 100.0);
            if (Ratio(mixed, background) >= ratio)
                return (mixed, step);
        }

        return null;
    }

    static string Mix(string a, string b, double t)
    {
        var (ar, ag, ab) = Channels(a);
        var (br, bg, bb) = Channels(b);
        int At(int x, int y) => (int)Math.Round(x + ((y - x) * t), MidpointRounding.AwayFromZero);
        return string.Create(CultureInfo.InvariantCulture, $"#{At(ar, br):X2}{At(ag, bg):X2}{At(ab, bb):X2}");
    }

    static double Luminance(string hex)
    {
        var (r, g, b) = Channels(hex);
        static double Linear(int c)
        {
            var s = c / 255.0;
            return s <= 0.04045 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Linear(r)) + (0.7152 * Linear(g)) + (0.0722 * Linear(b));
    }

    static (int R, int G, int B) Channels(string hex) =>
        (Convert.ToInt32(hex[1..3], 16), Convert.ToInt32(hex[3..5], 16), Convert.ToInt32(hex[5..7], 16));
}
