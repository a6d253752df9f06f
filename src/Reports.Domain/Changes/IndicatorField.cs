namespace Reports.Domain.Changes;

/// <summary>The parts of an indicator whose change is a change of the figure (its label, excerpt or note are not).</summary>
public enum IndicatorField { Value, Qualifier, Kind, Period, Unit }
