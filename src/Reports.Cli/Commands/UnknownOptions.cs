using System.CommandLine;
using System.CommandLine.Parsing;

namespace Reports.Cli.Commands;

/// <summary>
/// Options the command does not know. System.CommandLine hands a token such as "--cultur" to the INPUT
/// argument, which accepts anything, so a typo would become a dataset path and the run would go on with
/// the other inputs; this finds such tokens so the run stops before any work, naming the nearest option.
/// </summary>
internal static class UnknownOptions
{
    /// <summary>One "unknown option …" message per dash-led INPUT token before any "--".</summary>
    public static IReadOnlyList<string> Find(ParseResult parse, Argument inputs)
    {
        if (parse.GetResult(inputs) is not { } result)
            return [];
        var beforeDoubleDash = parse.Tokens.TakeWhile(t => t.Type != TokenType.DoubleDash).ToList();
        var known = KnownNames(parse.CommandResult.Command);
        return result.Tokens
            .Where(t => t.Value.Length > 1 && t.Value[0] == '-' && beforeDoubleDash.Any(b => ReferenceEquals(b, t)))
            .Select(t => Message(t.Value, known))
            .ToList();
    }

    static string Message(string token, IReadOnlyList<string> known) =>
        Nearest(token, known) is { } suggestion
            ? $"unknown option {token}; did you mean {suggestion}?"
            : $"unknown option {token}.";

    /// <summary>The long option whose name is fewest edits away, when it is close enough to be the one meant.</summary>
    internal static string? Nearest(string token, IReadOnlyList<string> known)
    {
        var name = token.Split('=', ':')[0].TrimStart('-');
        if (name.Length == 0)
            return null;
        var allowed = Math.Max(1, name.Length / 3);
        return known
            .Select(option => (Option: option, Distance: EditDistance.Between(name, option.TrimStart('-'))))
            .Where(x => x.Distance <= allowed)
            .OrderBy(x => x.Distance)
            .Select(x => x.Option)
            .FirstOrDefault();
    }

    /// <summary>The long names (--culture) of the command's options and of the recursive ones above it (--help).</summary>
    static List<string> KnownNames(Command command)
    {
        var options = command.Options.Concat(Ancestors(command).SelectMany(c => c.Options.Where(o => o.Recursive)));
        return options
            .SelectMany(o => o.Aliases.Prepend(o.Name))
            .Where(n => n.StartsWith("--", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    static IEnumerable<Command> Ancestors(Command command) =>
        command.Parents.OfType<Command>().SelectMany(parent => Ancestors(parent).Prepend(parent));
}
