using System.Globalization;

namespace Reports.Domain.Wording;

/// <summary>
/// One CLDR plural rule ("v = 0 and i % 10 = 2..4 and i % 100 != 12..14"), evaluated for whole numbers,
/// the only counts the reports write in words. Hand-written: no served package evaluates CLDR plural rules
/// (icu.net wraps no plural API); the grammar is LDML's (UTS #35, "Plural rules syntax").
/// </summary>
internal sealed class PluralRule
{
    readonly IReadOnlyList<IReadOnlyList<Relation>> _or;

    PluralRule(IReadOnlyList<IReadOnlyList<Relation>> or) => _or = or;

    /// <summary>Parses the condition before the samples ("@integer …"); an empty condition is always true.</summary>
    public static PluralRule Parse(string text)
    {
        var condition = text.Split('@')[0].Trim();
        if (condition.Length == 0)
            return new PluralRule([]);
        var or = condition.Split(" or ").Select(and => (IReadOnlyList<Relation>)[.. and.Split(" and ").Select(Relation.Parse)]).ToList();
        return new PluralRule(or);
    }

    /// <summary>True for <paramref name="count"/> (a whole number: n = i, and v, w, f, t, c, e are 0).</summary>
    public bool Matches(long count) => _or.Count == 0 || _or.Any(and => and.All(r => r.Holds(Math.Abs(count))));

    sealed record Relation(char Operand, long? Modulus, bool Negated, IReadOnlyList<(long From, long To)> Ranges)
    {
        public static Relation Parse(string text)
        {
            var (left, right, negated) = Split(text.Trim());
            var expr = left.Replace(" mod ", " % ").Split('%', StringSplitOptions.TrimEntries);
            var operand = expr[0].Length == 1 && "niftvwce".Contains(expr[0][0])
                ? expr[0][0]
                : throw new FormatException($"Unknown plural operand '{expr[0]}' in '{text}'.");
            long? modulus = expr.Length > 1 ? long.Parse(expr[1], CultureInfo.InvariantCulture) : null;
            var ranges = right.Split(',', StringSplitOptions.TrimEntries).Select(Range).ToList();
            return new Relation(operand, modulus, negated, ranges);
        }

        static (string Left, string Right, bool Negated) Split(string text)
        {
            foreach (var (token, negated) in new[] { ("!=", true), (" not in ", true), (" not within ", true), (" is not ", true), ("=", false), (" in ", false), (" within ", false), (" is ", false) })
            {
                var at = text.IndexOf(token, StringComparison.Ordinal);
                if (at > 0)
                    return (text[..at].Trim(), text[(at + token.Length)..].Trim(), negated);
            }
            throw new FormatException($"No relation in plural rule '{text}'.");
        }

        static (long, long) Range(string text)
        {
            var ends = text.Split("..");
            var from = long.Parse(ends[0], CultureInfo.InvariantCulture);
            return (from, ends.Length > 1 ? long.Parse(ends[1], CultureInfo.InvariantCulture) : from);
        }

        public bool Holds(long n)
        {
            // For a whole number: n and i are the number, every fraction and exponent operand is 0.
            var value = Operand is 'n' or 'i' ? n : 0;
            if (Modulus is { } m)
                value %= m;
            var inRange = Ranges.Any(r => value >= r.From && value <= r.To);
            return inRange != Negated;
        }
    }
}
