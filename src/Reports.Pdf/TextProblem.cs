namespace Reports.Pdf;

/// <summary>Text in the dataset that no available font can draw, located by JSON path.</summary>
public sealed record TextProblem(string Path, string Text, IReadOnlyList<int> CodePoints)
{
    public override string ToString()
    {
        var points = string.Join(", ", CodePoints.Select(c => $"U+{c:X4} '{char.ConvertFromUtf32(c)}'"));
        var shown = Text.Length <= 50 ? Text : Text[..47] + "…";
        return $"{Path}: no installed font can draw {points} in \"{shown}\".";
    }
}
