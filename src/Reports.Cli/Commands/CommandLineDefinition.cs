using System.CommandLine;
using System.Globalization;
using Reports.Domain.Wording;
using Reports.Text;

namespace Reports.Cli.Commands;

/// <summary>
/// The command-line contract: `reports [generate] [INPUT...] [options]` and `reports validate INPUT...`.
/// With no command, the root generates every dataset in input/ into output/.
/// </summary>
internal sealed class CommandLineDefinition
{
    public RootCommand Root { get; }
    public Option<bool> Verbose { get; } = new("--verbose") { Description = "Print stack traces of internal errors." };

    readonly Argument<string[]> _inputs = new("INPUT") { Arity = ArgumentArity.ZeroOrMore, Description = "Dataset files or folders of them (default: input/)." };
    readonly Option<string> _out = new("--out", "-o") { Description = "Folder to write reports to.", DefaultValueFactory = _ => "output" };
    readonly Option<string> _format = new("--format", "-f") { Description = "What to write: pdf, xlsx or all.", DefaultValueFactory = _ => "all" };
    readonly Option<string?> _culture = new("--culture") { Description = "Culture for numbers and dates in the reports (default: the language's: en-GB, fr-FR, es-ES, ru-RU, zh-CN, ar-EG)." };
    readonly Option<string?> _language = new("--language") { Description = "Language of the reports' own words: en, fr, es, ru, zh or ar (default: the dataset's language, else en)." };
    readonly Option<string> _pageSize = new("--page-size") { Description = "PDF page size: A4 or Letter.", DefaultValueFactory = _ => "A4" };
    readonly Option<string[]> _fonts = new("--fonts") { Description = "Extra font folder, used for the scripts its fonts cover before the shipped fonts (repeatable).", AllowMultipleArgumentsPerToken = false };
    readonly Option<bool> _ignoreSystemFonts = new("--ignore-system-fonts") { Description = "Draw with the shipped fonts and --fonts alone, never an installed font." };
    readonly Option<string> _appendix = new("--appendix") { Description = "Indicator appendix in the PDF: full, top or none.", DefaultValueFactory = _ => "full" };
    readonly Option<string> _pdfStandard = new("--pdf-standard") { Description = "What the PDF claims and is checked against: ua-1,a-2a (PDF/UA-1 and PDF/A-2a), a-2b, a-2u or none (still tagged, no claims).", DefaultValueFactory = _ => "ua-1,a-2a" };
    readonly Option<bool> _ifChanged = new("--if-changed") { Description = "Skip datasets whose input, options and outputs match output/manifest.json." };
    readonly Option<int> _parallel = new("--parallel") { Description = "Datasets processed at once (default: number of cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
    readonly Option<string?> _shard = new("--shard") { Description = "Process only shard I of N (e.g. 2/3), by sorted file name." };
    readonly Option<string?> _compareTo = new("--compare-to") { Description = "Show what changed since this earlier edition of the dataset (default: the snapshot the last run kept).", HelpName = "FILE" };
    readonly Option<bool> _noCompare = new("--no-compare") { Description = "Show no changes since an earlier edition." };
    readonly Option<string?> _brand = new("--brand") { Description = "Brand file (brand.yml) for the reports' look (default: _brand.yml beside the dataset, else input/_brand.yml).", HelpName = "FILE" };
    readonly Option<string?> _marking = new("--marking") { Description = "Marking centred at the top and bottom of every page (replaces the brand's), e.g. OFFICIAL." };
    readonly Option<string?> _watermark = new("--watermark") { Description = "Watermark across every page, faint over the content (replaces the brand's), e.g. DRAFT." };
    readonly Option<bool> _quiet = new("--quiet", "-q") { Description = "Print errors only." };
    readonly Option<bool> _json = new("--json") { Description = "Print the run summary as JSON on stdout." };

    public CommandLineDefinition(CliContext context)
    {
        _format.AcceptOnlyFromAmong("pdf", "xlsx", "all");
        _pageSize.AcceptOnlyFromAmong("A4", "Letter");
        _appendix.AcceptOnlyFromAmong("full", "top", "none");
        _language.AcceptOnlyFromAmong([.. Language.All.Select(l => l.Code)]);
        _pdfStandard.AcceptOnlyFromAmong(PdfStandards.Names);
        Root = new RootCommand($"Reports: turns summit datasets (JSON) into a PDF brief and an Excel workbook.\n{ExitCodes.HelpText}");
        AddGenerateOptions(Root);
        Root.SetAction(parse => new GenerateCommand(context).Run(GenerateSettings(parse, context)));

        var generate = new Command("generate", $"Validate datasets and write their reports.\n{ExitCodes.HelpText}");
        AddGenerateOptions(generate);
        generate.SetAction(parse => new GenerateCommand(context).Run(GenerateSettings(parse, context)));
        Root.Subcommands.Add(generate);

        var validateInputs = new Argument<string[]>("INPUT") { Arity = ArgumentArity.OneOrMore, Description = "Dataset files or folders of them." };
        var validate = new Command("validate", $"Check datasets and report every problem; write nothing.\n{ExitCodes.HelpText}") { validateInputs, _fonts, _ignoreSystemFonts, _brand, _marking, _watermark, _quiet, _json, Verbose };
        validate.SetAction(parse => new ValidateCommand(context).Run(parse.GetValue(validateInputs)!, FontDirectories(parse, context), Mode(parse), Look(parse, context), parse.GetValue(_ignoreSystemFonts)));
        Root.Subcommands.Add(validate);
    }

    void AddGenerateOptions(Command command)
    {
        foreach (var option in new Option[] { _out, _format, _language, _culture, _pageSize, _fonts, _ignoreSystemFonts, _brand, _marking, _watermark, _appendix, _pdfStandard, _ifChanged, _compareTo, _noCompare, _parallel, _shard, _quiet, _json, Verbose })
            command.Options.Add(option);
        command.Arguments.Add(_inputs);
    }

    GenerateSettings GenerateSettings(ParseResult parse, CliContext context) => new(
        Inputs: parse.GetValue(_inputs) is { Length: > 0 } given ? given : ["input"],
        OutDirectory: context.Resolve(parse.GetValue(_out)!),
        Formats: parse.GetValue(_format) switch { "pdf" => [ReportFormatKind.Pdf], "xlsx" => [ReportFormatKind.Xlsx], _ => [ReportFormatKind.Pdf, ReportFormatKind.Xlsx] },
        Culture: parse.GetValue(_culture) is { } culture ? Culture(culture) : null,
        PageSize: parse.GetValue(_pageSize)!,
        FontDirectories: FontDirectories(parse, context),
        Appendix: parse.GetValue(_appendix)!,
        IfChanged: parse.GetValue(_ifChanged),
        Parallel: Positive(parse.GetValue(_parallel)),
        Shard: parse.GetValue(_shard) is { } s ? Shard.Parse(s) : null,
        Mode: Mode(parse),
        SourceDateEpoch: SourceDateEpoch.Read(context.Environment),
        Compare: Compare(parse),
        PdfStandard: parse.GetValue(_pdfStandard)!,
        CompareTo: parse.GetValue(_compareTo) is { } file ? context.Resolve(file) : null,
        Language: Language.Find(parse.GetValue(_language)),
        IgnoreSystemFonts: parse.GetValue(_ignoreSystemFonts))
    {
        Brand = Look(parse, context).Brand,
        Marking = Look(parse, context).Marking,
        Watermark = Look(parse, context).Watermark,
    };

    /// <summary>--brand (made absolute; a missing file is reported with the dataset, exit 2), --marking, --watermark.</summary>
    (string? Brand, string? Marking, string? Watermark) Look(ParseResult parse, CliContext context) =>
        (parse.GetValue(_brand) is { } brand ? context.Resolve(brand) : null, parse.GetValue(_marking), parse.GetValue(_watermark));

    bool Compare(ParseResult parse)
    {
        if (!parse.GetValue(_noCompare))
            return true;
        return parse.GetValue(_compareTo) is null
            ? false
            : throw new UsageException("--compare-to and --no-compare contradict each other; give one of them.");
    }

    OutputMode Mode(ParseResult parse) => new(parse.GetValue(_quiet), parse.GetValue(_json), parse.GetValue(Verbose));

    IReadOnlyList<string> FontDirectories(ParseResult parse, CliContext context) =>
        (parse.GetValue(_fonts) ?? []).Select(d => FontDirectory(d, context)).ToList();

    static string FontDirectory(string given, CliContext context)
    {
        var path = context.Resolve(given);
        if (!Directory.Exists(path))
            throw new UsageException($"--fonts \"{given}\" is not a folder; give a folder of .ttf or .otf fonts.");
        var restricted = FontLicences.RestrictedIn(path);
        return restricted.Count == 0 ? path : throw new UsageException(string.Join("\nerror: ", restricted.Select(f => Restricted(given, path, f))));
    }

    /// <summary>A --fonts face the PDF could not embed, named as the user wrote the folder (the PDF embeds every face it draws with).</summary>
    static string Restricted(string given, string folder, RestrictedFont font)
    {
        var file = Path.Combine(given, Path.GetRelativePath(folder, font.Path)) + (font.Index == 0 ? "" : $"#{font.Index}");
        return $"--fonts \"{given}\": the font {file}: its licence forbids embedding (OS/2 fsType 0x{font.FsType:X4}); "
            + "give a font that permits embedding, e.g. the shipped Noto Sans, or leave this one out of the folder.";
    }

    static int Positive(int parallel) =>
        parallel > 0 ? parallel : throw new UsageException($"--parallel must be 1 or more, not {parallel}.");

    static CultureInfo Culture(string name)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(name, predefinedOnly: true);
            return culture.Name.Length > 0 ? culture : throw new CultureNotFoundException();
        }
        catch (CultureNotFoundException)
        {
            throw new UsageException($"--culture \"{name}\" is not a known culture; use a name like en-GB, en-US, de-DE or fr-FR.");
        }
    }
}
