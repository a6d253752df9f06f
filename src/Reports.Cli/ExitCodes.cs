namespace Reports.Cli;

/// <summary>The process exit codes; documented in --help and the README. The worst outcome of a run wins.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>A bug in Reports: one line and a hint; the stack trace only with --verbose.</summary>
    public const int InternalError = 1;

    /// <summary>A dataset is invalid, or the command line is wrong.</summary>
    public const int InvalidInput = 2;

    /// <summary>An output file could not be written (read-only folder, disk full…).</summary>
    public const int OutputFailed = 3;

    public const string HelpText =
        "Exit codes: 0 success; 1 internal error (a bug; add --verbose for the trace); " +
        "2 invalid input or usage; 3 output could not be written.";

    /// <summary>Which of two outcomes is worse, for a run that processes many datasets.</summary>
    public static int Worst(int a, int b) => Rank(a) >= Rank(b) ? a : b;

    static int Rank(int code) => code switch { Success => 0, InvalidInput => 1, OutputFailed => 2, _ => 3 };
}
