using Reports.Layout.Model;

namespace Reports.Brief.Composing;

/// <summary>The few text styles the composer chooses itself; sizes and the rest come from paragraph roles.</summary>
internal static class Styles
{
    public const string Accent = "#0B4F6C";
    public const string Muted = "#5B6770";

    public static SpanStyle Bold { get; } = new(Bold: true);
    public static SpanStyle Italic { get; } = new(Italic: true);
    public static SpanStyle MutedText { get; } = new(Color: Muted);
    public static SpanStyle Link { get; } = new(Color: Accent);
}
