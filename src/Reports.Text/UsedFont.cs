namespace Reports.Text;

/// <summary>
/// A font file a PDF was drawn with: <paramref name="File"/> is "fonts/NotoSans-Regular.ttf" for a shipped
/// font, the full path for an installed or <c>--fonts</c> one (with "#index" for a face of a collection);
/// <paramref name="Sha256"/> the file's hash, lower-case hex.
/// </summary>
public sealed record UsedFont(string File, string Sha256);
