namespace Reports.Layout.Text;

/// <summary>Text with its resolved style and optional link: the input of line breaking.</summary>
internal sealed record StyledSpan(string Text, TextStyle Style, LinkTarget? Link = null);
