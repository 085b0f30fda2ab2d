namespace DutyLists.Import.PdfText;

/// <summary>One physical line of a PDF text export, with its 1-based line number.</summary>
internal readonly record struct PdfLine(int Number, string Raw)
{
    /// <summary>The line without surrounding ASCII spaces or ideographic (U+3000) padding.</summary>
    public string Text => Raw.Trim(' ', '\u3000', '\t', '\f');

    /// <summary>A PDF page starts with a form feed, or with a line the extractor indents by one space (002).</summary>
    public bool StartsPage => (Raw.Length > 0 && Raw[0] == '\f') || (Raw.Length > 1 && Raw[0] == ' ' && Raw[1] != ' ');

    /// <summary>
    /// Printed width in full-width characters: ASCII counts half. Ideographic padding counts, because the
    /// extractor pads a wide column's lines with U+3000 up to the column's width.
    /// </summary>
    public double Width => DisplayWidth(Raw.Trim(' ', '\f'));

    public static double DisplayWidth(string text)
    {
        double width = 0;
        foreach (var c in text)
        {
            width += c < 128 ? 0.5 : 1;
        }

        return width;
    }
}
