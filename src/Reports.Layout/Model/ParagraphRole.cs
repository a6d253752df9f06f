namespace Reports.Layout.Model;

/// <summary>The typographic role of a paragraph, which fixes its size, weight and colour.</summary>
public enum ParagraphRole
{
    Body,
    Lead,
    Small,
    Caption,
    Title,
    Subtitle,
}
