namespace JourneyBot.Core.Catalog.Transfer;

/// <summary>
/// Keeps exported CSV cells from running as formulas in a spreadsheet (CSV injection), reversibly.
/// A cell is "formula-like" when, after any leading apostrophes, it starts with <c>= + - @</c>, tab or CR.
/// Export puts one apostrophe in front of every formula-like cell; import takes exactly one off every
/// formula-like cell that starts with an apostrophe. Counting the apostrophes makes the rule exact both
/// ways: a title that really is <c>'=x</c> is written <c>''=x</c> and read back as <c>'=x</c>.
/// </summary>
public static class SpreadsheetCells
{
    private const char Apostrophe = '\'';
    private static readonly System.Buffers.SearchValues<char> FormulaLeads = System.Buffers.SearchValues.Create("=+-@\t\r");

    public static string Neutralise(string cell) => IsFormulaLike(cell) ? Apostrophe + cell : cell;

    public static string? Restore(string? cell) =>
        cell is [Apostrophe, ..] && IsFormulaLike(cell) ? cell[1..] : cell;

    private static bool IsFormulaLike(string cell)
    {
        var rest = cell.AsSpan().TrimStart(Apostrophe);
        return rest.Length > 0 && FormulaLeads.Contains(rest[0]);
    }
}
