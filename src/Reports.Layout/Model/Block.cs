namespace Reports.Layout.Model;

/// <summary>
/// One element of the document flow. <see cref="Origin"/> says where the content came from
/// (e.g. the JSON path "$.themes[2].summary[0]") so that errors can point at the input.
/// </summary>
public abstract record Block
{
    /// <summary>Where the content of this block came from; used in error messages only.</summary>
    public string? Origin { get; init; }
}
