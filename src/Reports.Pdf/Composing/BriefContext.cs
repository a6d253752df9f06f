using Reports.Domain.Formatting;
using Reports.Domain.Model;

namespace Reports.Pdf.Composing;

/// <summary>What every part of the brief composes from: the summit, the options, shared formatting.</summary>
internal sealed record BriefContext(Summit Summit, BriefOptions Options, FigureFormatter Figures, SourceNotes Notes)
{
    public static BriefContext For(Summit summit, BriefOptions options) =>
        new(summit, options, FigureFormatter.ForPrint(options.Culture), SourceNotes.For(summit));

    public string Date(DateOnly date) => date.ToString("d MMMM yyyy", Options.Culture);

    public string SourceTitle(string sourceId) => Summit.Source(sourceId).Title;
}
