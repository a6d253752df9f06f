namespace Reports.PdfWriter.Writing;

/// <summary>
/// Checks operators another library drew: paths, DeviceRGB/Gray colour, line style and q/Q/cm only, with q/Q
/// balanced. Text, images, XObjects, marked content and named resources are refused: they would escape the
/// writer's fonts, tags and colour space.
/// </summary>
internal static class RawOperatorCheck
{
    private static readonly HashSet<string> Allowed =
    [
        "m", "l", "c", "v", "y", "h", "re", "f", "F", "f*", "B", "B*", "b", "b*", "S", "s", "n", "W", "W*",
        "q", "Q", "cm", "w", "J", "j", "M", "d", "ri", "i", "g", "G", "rg", "RG",
    ];

    /// <summary>Null when the operators are acceptable, else what is wrong.</summary>
    public static string? Problem(string operators)
    {
        var depth = 0;
        foreach (var token in operators.Split([' ', '\n', '\r', '\t', '\f', '[', ']'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (double.TryParse(token, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _))
                continue;
            if (!Allowed.Contains(token))
                return $"the operator '{token}' is not a path, colour or line-style operator";
            depth += token == "q" ? 1 : token == "Q" ? -1 : 0;
            if (depth < 0)
                return "a Q restores a state no q saved";
        }

        return depth == 0 ? null : $"{depth} q without its Q";
    }
}
