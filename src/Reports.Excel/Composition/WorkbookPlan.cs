using Reports.Domain.Model;

namespace Reports.Excel.Composition;

/// <summary>Where everything goes, decided once before any sheet is written, so that sheets can point at each other.</summary>
internal sealed record WorkbookPlan(Summit Summit, IndicatorRows Indicators, SourceRows Sources, IReadOnlyList<ChartBlock> Charts)
{
    public static WorkbookPlan Create(Summit summit)
    {
        var indicators = new IndicatorRows(summit.Indicators);
        return new WorkbookPlan(summit, indicators, new SourceRows(summit), ChartBlockLayout.Place(summit, indicators));
    }

    /// <summary>A party's name for its id; the id itself when the dataset has no such party.</summary>
    public string PartyName(string partyId) =>
        Summit.Event.Parties.FirstOrDefault(p => p.Id == partyId)?.Name ?? partyId;

    /// <summary>"Russia → China" for a flow between parties.</summary>
    public string DirectionText(Direction direction) =>
        PartyName(direction.FromPartyId) + " → " + PartyName(direction.ToPartyId);

    /// <summary>The indicator with this id, or null for no id or an id the dataset does not hold.</summary>
    public Indicator? Find(string? id) =>
        id is not null && Indicators.TryFind(id, out var indicator, out _) ? indicator : null;

    public string ThemeTitle(string themeId) =>
        Summit.Themes.FirstOrDefault(t => t.Id == themeId)?.Title ?? themeId;
}
