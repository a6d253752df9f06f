using Reports.Domain.Model;

namespace Reports.Domain.Changes;

/// <summary>One indicator that is new, gone, or different, matched across editions by its id.</summary>
/// <param name="Before">The indicator in the earlier edition; null when it was added.</param>
/// <param name="After">The indicator in the later edition; null when it was removed.</param>
/// <param name="Fields">What differs, in <see cref="IndicatorField"/> order; empty unless changed.</param>
public sealed record IndicatorChange(ChangeKind Kind, Indicator? Before, Indicator? After, IReadOnlyList<IndicatorField> Fields)
{
    public static IndicatorChange Added(Indicator after) => new(ChangeKind.Added, null, after, []);

    public static IndicatorChange Removed(Indicator before) => new(ChangeKind.Removed, before, null, []);

    public string Id => Latest.Id;

    /// <summary>The indicator as the later edition has it, or as the earlier one had it when it was removed.</summary>
    public Indicator Latest => After ?? Before!;

    /// <summary>The later value minus the earlier one, in their shared unit; null when the unit changed,
    /// the value did not, or the indicator was added or removed.</summary>
    public double? Difference =>
        Kind == ChangeKind.Changed && Fields.Contains(IndicatorField.Value) && !Fields.Contains(IndicatorField.Unit)
            ? After!.Value - Before!.Value
            : null;

    /// <summary>The difference as a fraction of the earlier value (0.06 for +6 %); null where
    /// <see cref="Difference"/> is, and when the earlier value is 0 (no fraction of nothing).</summary>
    public double? RelativeChange =>
        Difference is { } difference && Before!.Value != 0 ? difference / Math.Abs(Before.Value) : null;
}
