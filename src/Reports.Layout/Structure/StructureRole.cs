namespace Reports.Layout.Structure;

/// <summary>
/// What a piece of the laid-out document is for a reader who cannot see the page: the logical element
/// its placed boxes belong to. The PDF renderer writes each as the standard structure type of the same
/// meaning (Heading → H1–H3, Paragraph → P, Table → Table, …).
/// </summary>
public enum StructureRole
{
    Heading,
    Paragraph,
    List,
    ListItem,
    ListLabel,
    ListBody,
    Quote,
    Table,
    TableHead,
    TableBody,
    TableRow,
    HeaderCell,
    DataCell,
    Contents,
    ContentsItem,
    Figure,
    Caption,
    Link,

    /// <summary>A group of related elements with no meaning of its own (a row of key-figure cards, one card).</summary>
    Group,
}
