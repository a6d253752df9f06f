using System.Globalization;

namespace Reports.PdfWriter.Writing;

/// <summary>
/// The constant opacities groups are drawn with (<see cref="Content.GraphicGroup.Opacity"/>), one graphics state
/// (<c>/ExtGState</c> with <c>/ca</c> and <c>/CA</c>) each, in one resource dictionary every page and form shares,
/// as the fonts share theirs. The dictionary's object is reserved at the first use, so a document without
/// transparency is written as before. PDF/A-2 allows constant alpha; with the document's RGB output intent a
/// page needs no transparency group (<c>/Group</c>) of its own.
/// </summary>
internal sealed class Opacities(PdfOutput output)
{
    private readonly SortedDictionary<string, string> names = new(StringComparer.Ordinal);

    /// <summary>The shared dictionary's object, or null while no group has an opacity.</summary>
    public int? Dictionary { get; private set; }

    /// <summary>The resource name of the graphics state with this opacity (0 to 1, at most 3 decimals).</summary>
    public string Name(double opacity)
    {
        if (!double.IsFinite(opacity) || opacity is < 0 or > 1)
            throw new ArgumentOutOfRangeException(nameof(opacity), opacity, "An opacity is between 0 (invisible) and 1 (opaque).");
        var value = Math.Round(opacity, 3).ToString("0.###", CultureInfo.InvariantCulture);
        Dictionary ??= output.Reserve();
        if (!names.TryGetValue(value, out var name))
        {
            name = "GA" + (names.Count + 1).ToString(CultureInfo.InvariantCulture);
            names[value] = name;
        }

        return name;
    }

    /// <summary>Writes the shared dictionary, when some group used it.</summary>
    public void Write(PdfBuffer scratch)
    {
        if (Dictionary is not { } number)
            return;
        var body = scratch.Cleared().Raw("<<");
        foreach (var (value, name) in names)
            body.Raw("/").Raw(name).Raw(" <</Type /ExtGState /ca ").Raw(value).Raw(" /CA ").Raw(value).Raw(">> ");
        output.WriteObject(number, body.Raw(">>"));
    }

    /// <summary>Adds <c>/ExtGState</c> to a resource dictionary being written, when there is one.</summary>
    public PdfBuffer Resource(PdfBuffer resources) => Dictionary is { } number ? resources.Raw(" /ExtGState ").Ref(number) : resources;
}
