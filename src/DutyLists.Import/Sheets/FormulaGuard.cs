namespace DutyLists.Import.Sheets;

/// <summary>
/// OWASP's rule against CSV injection: a cell that begins with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage
/// return is written behind a single quote, so that a spreadsheet shows it as text rather than running it as a
/// formula. A cell that already looks guarded (<c>'=x</c>, <c>''</c>) gets one more quote, so that <see cref="Restore"/>
/// takes off exactly what <see cref="Neutralise"/> added and every text reads back as it was written (<c>-1</c>,
/// <c>'s</c>, <c>'=x</c>).
/// </summary>
public static class FormulaGuard
{
    public const char Prefix = '\'';

    /// <summary>The cell as written to a CSV file.</summary>
    public static string Neutralise(string cell) =>
        cell.Length > 0 && (StartsFormula(cell[0]) || LooksGuarded(cell)) ? Prefix + cell : cell;

    /// <summary>
    /// The cell as read from a CSV file: one leading quote is taken off when the character after it is one that
    /// <see cref="Neutralise"/> guards. A quote before anything else is text (<c>'s</c>), and stays.
    /// </summary>
    public static string Restore(string cell) => LooksGuarded(cell) ? cell[1..] : cell;

    private static bool StartsFormula(char first) => first is '=' or '+' or '-' or '@' or '\t' or '\r';

    private static bool LooksGuarded(string cell) => cell.Length > 1 && cell[0] == Prefix && (StartsFormula(cell[1]) || cell[1] == Prefix);
}
