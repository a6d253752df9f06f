using System.Text.RegularExpressions;

namespace Reports.Domain.Loading;

/// <summary>Builds JSON paths in the one notation every error uses: $.themes[2].title, $['odd name'].</summary>
internal static partial class JsonPaths
{
    public static string Property(string parent, string name) =>
        PlainName().IsMatch(name) ? $"{parent}.{name}" : $"{parent}['{name.Replace("'", "\\'")}']";

    public static string Index(string parent, int index) => $"{parent}[{index}]";

    public static string Parent(string path)
    {
        var end = path.Length - 1;
        if (path[end] == ']')
        {
            var open = path.LastIndexOf('[');
            return open > 0 ? path[..open] : "$";
        }
        var dot = path.LastIndexOf('.');
        return dot > 0 ? path[..dot] : "$";
    }

    /// <summary>The last property name of a path ("$.event.foo" → "foo").</summary>
    public static string LastName(string path) => Steps(path).LastOrDefault().Name ?? path;

    /// <summary>The steps of a path: property names and array indexes, in order.</summary>
    public static IEnumerable<(string? Name, int? Index)> Steps(string path)
    {
        var i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = i + 1;
                while (end < path.Length && path[end] is not ('.' or '['))
                    end++;
                yield return (path[(i + 1)..end], null);
                i = end;
            }
            else if (path.AsSpan(i).StartsWith("['"))
            {
                var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                yield return (path[(i + 2)..end].Replace("\\'", "'"), null);
                i = end + 2;
            }
            else
            {
                var end = path.IndexOf(']', i);
                yield return (null, int.Parse(path[(i + 1)..end], System.Globalization.CultureInfo.InvariantCulture));
                i = end + 1;
            }
        }
    }

    [GeneratedRegex("^[A-Za-z_$][A-Za-z0-9_$-]*$")]
    private static partial Regex PlainName();
}
