namespace Reports.Layout.Model;

/// <summary>Bar chart flavours: one series, series side by side, or series stacked.</summary>
public enum ChartKind
{
    Bar,
    GroupedBar,
    StackedBar,
}
