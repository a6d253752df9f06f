namespace Reports.Domain.Wording;

/// <summary>CLDR's plural categories; a language uses some of them, always <see cref="Other"/>.</summary>
public enum PluralCategory { Zero, One, Two, Few, Many, Other }
