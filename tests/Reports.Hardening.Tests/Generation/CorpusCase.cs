namespace Reports.Hardening.Tests.Generation;

/// <summary>
/// One case of the corpus: a broken or hostile input and what the CLI must do with it.
/// </summary>
internal sealed record CorpusCase
{
    /// <summary>The case's name, a file name (for <see cref="Setup"/> "missing" and "folder", only a name: no file exists).</summary>
    public required string File { get; init; }

    public required string Category { get; init; }

    /// <summary>The exit code both `validate FILE` and `generate` must return.</summary>
    public required int Exit { get; init; }

    /// <summary>The exit code instead of <see cref="Exit"/> on a machine with a CJK font installed.</summary>
    public int? ExitWithCjkFont { get; init; }

    /// <summary>The exit code instead of <see cref="Exit"/> when the tests run as a user chmod cannot stop (root).</summary>
    public int? ExitWhenReadable { get; init; }

    /// <summary>Substrings one stderr line must hold besides the file name: the JSON path, a key word.</summary>
    public string[] Mentions { get; init; } = [];

    /// <summary>Substrings no stderr line may hold (a wrong path, a misleading diagnosis).</summary>
    public string[]? Forbidden { get; init; }

    /// <summary>The name the file takes in input/ (default: summit.json, the stem the earlier valid run used).</summary>
    public string? InputName { get; init; }

    /// <summary>null: copy the file to input/; "folder": a folder named like a dataset; "missing": nothing;
    /// "unreadable": the file with mode 000.</summary>
    public string? Setup { get; init; }

    /// <summary>For valid inputs: text the PDF must show.</summary>
    public string[]? PdfText { get; init; }

    /// <summary>For valid inputs: text that must be plain cell text in the workbook, never inside a formula.</summary>
    public string[]? XlsxText { get; init; }

    public string Note { get; init; } = "";

    /// <summary>The file name the case's input has in input/.</summary>
    public string InputFileName => InputName ?? "summit.json";

    public override string ToString() => File;
}
