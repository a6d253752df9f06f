namespace Reports.PdfWriter.Tagging;

/// <summary>
/// Each <see cref="TagKind"/>'s name as written (<c>P</c>, <c>TD</c>), made once: every marked-content
/// sequence and every structure element writes one, and <c>Enum.ToString</c> makes a new string each time.
/// </summary>
internal static class TagNames
{
    private static readonly string[] Names = [.. Enum.GetValues<TagKind>().Select(kind => kind.ToString())];

    /// <summary>The name of <paramref name="kind"/>, e.g. "TD" (letters and digits only: written as is, no escaping).</summary>
    public static string Of(TagKind kind) => Names[(int)kind];
}
