namespace Reports.Excel.Text;

/// <summary>
/// Decides which text cells need protecting against formula injection (OWASP "CSV injection") and counts them.
/// </summary>
/// <remarks>
/// Text is always stored as a string cell, which no spreadsheet evaluates when it opens the file. The risk is
/// what happens next: a user who edits such a cell (F2, Enter), or a tool that copies the text out, turns
/// "=HYPERLINK(…)" into a live formula. Such cells get the <c>quotePrefix</c> style: it is how Excel itself
/// records a typed leading apostrophe. The visible text stays exactly the dataset's text in Excel and
/// LibreOffice, and re-entering the cell keeps it text. Prepending a real apostrophe character was rejected:
/// inside a file it is not an escape, so both programs would show "'=…" and the data would change.
/// </remarks>
internal sealed class InjectionGuard
{
    /// <summary>Cells marked as literal text so far.</summary>
    public int NeutralisedCells { get; private set; }

    /// <summary>True when a spreadsheet could read the text as a formula or as an argument separator.</summary>
    public static bool IsRisky(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n';

    /// <summary>Counts the cell when its text is risky; the caller then sets the quote prefix.</summary>
    public bool Neutralise(string text)
    {
        if (!IsRisky(text))
            return false;
        NeutralisedCells++;
        return true;
    }
}
