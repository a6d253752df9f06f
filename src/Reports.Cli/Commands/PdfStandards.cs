using Reports.PdfWriter;

namespace Reports.Cli.Commands;

/// <summary>The values of --pdf-standard and the writer's standard each names.</summary>
internal static class PdfStandards
{
    public const string Default = "ua-1,a-2a";

    public static string[] Names { get; } = [Default, "a-2b", "a-2u", "none"];

    /// <summary>The standard for a value the command line accepted (<see cref="Names"/>).</summary>
    public static PdfStandard Parse(string name) => name switch
    {
        Default => PdfStandard.Ua1A2a,
        "a-2b" => PdfStandard.A2b,
        "a-2u" => PdfStandard.A2u,
        "none" => PdfStandard.None,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, $"--pdf-standard takes {string.Join(", ", Names)}."),
    };
}
