namespace Reports.PdfWriter.Tagging;

/// <summary>
/// One marked-content sequence (<c>BDC … EMC</c> with an MCID) on a page, as <c>PageCanvas.StartTagged</c>
/// returns it. It must be added to exactly one <see cref="TagGroup"/>.
/// </summary>
public readonly record struct ContentId(int Page, int Mcid);
