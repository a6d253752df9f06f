namespace Reports.PdfWriter.Content;

/// <summary>One face of a font file: <paramref name="Index"/> is its place in a collection (.ttc/.otc), 0 otherwise.</summary>
public sealed record FontFace(string Path, int Index = 0)
{
    public override string ToString() => Index == 0 ? System.IO.Path.GetFileName(Path) : $"{System.IO.Path.GetFileName(Path)}#{Index}";
}
