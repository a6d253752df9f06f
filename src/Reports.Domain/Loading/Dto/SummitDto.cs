namespace Reports.Domain.Loading.Dto;

// The file as written: every member nullable, so a half-valid file still deserialises and every
// problem can be reported at once. Only the validator turns these into the domain model.
#pragma warning disable CA1812 // created by System.Text.Json

internal sealed record SummitDto(string? SchemaVersion, string? Language, EventDto? Event, SummaryDto? Summary, List<ThemeDto?>? Themes,
    List<IndicatorDto?>? Indicators, List<ChartDto?>? Charts, List<AgreementCategoryDto?>? Agreements, List<SourceDto?>? Sources);

internal sealed record EventDto(string? Title, string? Subtitle, string? Date, string? EndDate, bool? DateInferred, string? DateNote, string? Place,
    List<PartyDto?>? Parties, List<LeaderDto?>? Leaders, string? DurationIndicator, string? DocumentsSignedIndicator);

internal sealed record PartyDto(string? Id, string? Name, string? NativeName, string? Lang);

internal sealed record LeaderDto(string? Name, string? NativeName, string? Lang, string? Role, string? Party);

internal sealed record SummaryDto(List<KeyJudgementDto?>? KeyJudgements, List<string?>? HeadlineIndicators);

internal sealed record KeyJudgementDto(string? Text, List<string?>? Indicators);

internal sealed record ThemeDto(string? Id, string? Title, List<string?>? Summary, List<QuoteDto?>? Quotes, List<string?>? KeyFigures);

internal sealed record QuoteDto(string? Text, string? Speaker, string? Source, string? Lang);

internal sealed record IndicatorDto(string? Id, string? Label, double? Value, string? Unit, string? Period, string? Theme,
    string? Qualifier, string? QualifierText, string? Kind, bool? Change, DirectionDto? Direction, string? Source, string? Excerpt, string? Note);

internal sealed record DirectionDto(string? From, string? To);

internal sealed record ChartDto(string? Id, string? Theme, string? Title, string? Type, List<string?>? Categories,
    List<SeriesDto?>? Series, string? Note);

internal sealed record SeriesDto(string? Name, List<string?>? Indicators);

internal sealed record AgreementCategoryDto(string? Id, string? Name, List<AgreementDto?>? Documents);

internal sealed record AgreementDto(string? Title, string? Description, string? Source, string? Excerpt);

internal sealed record SourceDto(string? Id, string? Title, string? Publisher, string? Published, string? Url, string? Note);
