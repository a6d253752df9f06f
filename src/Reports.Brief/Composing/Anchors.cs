using Reports.Domain.Model;

namespace Reports.Brief.Composing;

/// <summary>Named destinations of the brief; links and the table of contents point at these.</summary>
internal static class Anchors
{
    public const string Summary = "summary";
    public const string Contents = "contents";
    public const string Changes = "changes";
    public const string Agreements = "agreements";
    public const string Appendix = "appendix";
    public const string Sources = "sources";

    public static string Of(Theme theme) => "theme-" + theme.Id;
}
