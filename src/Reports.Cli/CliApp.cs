using System.CommandLine;
using Reports.Cli.Commands;

namespace Reports.Cli;

/// <summary>Entry point: parse, run one command, map every outcome to a documented exit code.</summary>
internal static class CliApp
{
    public static int Run(string[] args, CliContext context)
    {
        var line = new CommandLineDefinition(context);
        var parse = line.Root.Parse(args);
        var unknown = parse.CommandResult.Command.Arguments.SelectMany(a => UnknownOptions.Find(parse, a)).ToList();
        if (parse.Errors.Count > 0 || unknown.Count > 0)
            return UsageError(parse.Errors.Select(e => e.Message).Concat(unknown), context);
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            context.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (Exception e)
        {
            return InternalError(e, parse.GetValue(line.Verbose), context);
        }
    }

    static int UsageError(IEnumerable<string> errors, CliContext context)
    {
        foreach (var error in errors)
            context.Error.WriteLine($"error: {error}");
        context.Error.WriteLine("Run 'reports --help' for usage.");
        return ExitCodes.InvalidInput;
    }

    static int InternalError(Exception e, bool verbose, CliContext context)
    {
        context.Error.WriteLine($"internal error: {e.GetType().Name}: {e.Message}");
        context.Error.WriteLine(verbose
            ? e.ToString()
            : "This is a bug in Reports, not in your data. Run again with --verbose for details and report it.");
        return ExitCodes.InternalError;
    }
}

/// <summary>A command line that parses but makes no sense (a bad --shard, an unknown culture…).</summary>
internal sealed class UsageException(string message) : Exception(message);
