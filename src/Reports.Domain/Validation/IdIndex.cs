namespace Reports.Domain.Validation;

/// <summary>The ids of one kind of thing (themes, indicators…) and where each was first declared.</summary>
internal sealed class IdIndex(string kind)
{
    readonly Dictionary<string, string> _firstPath = new(StringComparer.Ordinal);

    public string Kind { get; } = kind;

    /// <summary>Registers an id; returns an error when it was declared before.</summary>
    public RuleError? Declare(string? id, string path)
    {
        if (id is null)
            return null;
        if (_firstPath.TryGetValue(id, out var first))
            return new RuleError(path, $"Duplicate {Kind} id \"{id}\"; it is already used at {first}.", $"an id no other {Kind} uses");
        _firstPath[id] = path;
        return null;
    }

    public bool Contains(string id) => _firstPath.ContainsKey(id);

    /// <summary>An error when <paramref name="id"/> names no declared item; null when it resolves or is absent.</summary>
    public RuleError? Resolve(string? id, string path) =>
        id is null || Contains(id) ? null : new RuleError(path, $"Unknown {Kind} \"{id}\".", Known());

    string Known()
    {
        var ids = _firstPath.Keys.Take(12).ToList();
        if (ids.Count == 0)
            return $"the id of a {Kind} declared in the dataset (none is)";
        var more = _firstPath.Count > ids.Count ? $", … ({_firstPath.Count} in all)" : "";
        return $"the id of a declared {Kind}: {string.Join(", ", ids)}{more}";
    }
}
