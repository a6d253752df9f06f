using Reports.Domain.Changes;
using Reports.Domain.Formatting;
using Reports.Domain.Model;
using Reports.Domain.Wording;

namespace Reports.Excel.Composition;

/// <summary>Where everything goes, decided once before any sheet is written, so that sheets can point at each other.</summary>
/// <param name="Changes">What changed since the earlier edition; null when there is none to compare with
/// (then the workbook has no Changes sheet and no Previous value column).</param>
/// <param name="Figures">How the workbook writes figures as text and its own words (its language and culture).</param>
internal sealed record WorkbookPlan(Summit Summit, IndicatorRows Indicators, SourceRows Sources, IReadOnlyList<ChartBlock> Charts, ChangeSet? Changes, FigureFormatter Figures, SheetNames Sheets)
{
    public static WorkbookPlan Create(Summit summit, ChangeSet? changes = null, FigureFormatter? figures = null, Branding.WorkbookLook? look = null)
    {
        figures ??= FigureFormatter.Default;
        var sheets = SheetNames.For(figures.Words);
        var indicators = new IndicatorRows(summit.Indicators, sheets.Indicators);
        return new WorkbookPlan(summit, indicators, new SourceRows(summit), ChartBlockLayout.Place(summit, indicators, sheets.Charts, figures.Words), changes, figures, sheets)
        {
            Look = look ?? Branding.WorkbookLook.Default,
        };
    }

    /// <summary>The colours of tables and charts.</summary>
    public Branding.WorkbookLook Look { get; init; } = Branding.WorkbookLook.Default;

    /// <summary>The workbook's own words.</summary>
    public Words Words => Figures.Words;

    /// <summary>How changes are written, in the workbook's language.</summary>
    public ChangeTexts Texts { get; } = new(Figures);

    /// <summary>The sheets, in tab order: Changes after Summary when there is a comparison.</summary>
    public IReadOnlyList<string> SheetOrder => Changes is null ? Sheets.InOrder : Sheets.WithChanges;

    /// <summary>A party's name for its id; the id itself when the dataset has no such party.</summary>
    public string PartyName(string partyId) =>
        Summit.Event.Parties.FirstOrDefault(p => p.Id == partyId)?.Name ?? partyId;

    /// <summary>"Russia → China" for a flow between parties.</summary>
    public string DirectionText(Direction direction) =>
        PartyName(direction.FromPartyId) + ChangeTexts.Arrow + PartyName(direction.ToPartyId);

    /// <summary>The indicator with this id, or null for no id or an id the dataset does not hold.</summary>
    public Indicator? Find(string? id) =>
        id is not null && Indicators.TryFind(id, out var indicator, out _) ? indicator : null;

    public string ThemeTitle(string themeId) =>
        Summit.Themes.FirstOrDefault(t => t.Id == themeId)?.Title ?? themeId;
}
