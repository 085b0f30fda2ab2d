using CsvHelper;

namespace DutyLists.Import.Sheets;

/// <summary>
/// Writes the duty sheet as CSV: UTF-8 with a BOM, so that Excel on a Chinese Windows opens it as UTF-8 rather than
/// GBK; cells with line breaks, commas or quotes are quoted, and cells a spreadsheet would run as formulas are kept as
/// text (<see cref="FormulaGuard"/>). Rows are written as they come, nothing is kept.
/// </summary>
public static class DutySheetCsvWriter
{
    private static readonly CsvWriterOptions Options = new() { WriteByteOrderMark = true };

    public static void Write(IEnumerable<DutySheetRow> rows, Stream output)
    {
        using var writer = CsvWriter.Create(output, Options, leaveOpen: true);
        writer.WriteRecord([.. DutySheetColumns.All]);
        foreach (var row in rows)
        {
            writer.WriteRecord([.. row.Cells.Select(FormulaGuard.Neutralise)]);
        }
    }

    public static async Task WriteAsync(IAsyncEnumerable<DutySheetRow> rows, Stream output, CancellationToken cancellationToken = default)
    {
        await using var writer = CsvWriter.Create(output, Options, leaveOpen: true);
        await writer.WriteRecordAsync([.. DutySheetColumns.All], cancellationToken);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await writer.WriteRecordAsync([.. row.Cells.Select(FormulaGuard.Neutralise)], cancellationToken);
        }

        await writer.FlushAsync(cancellationToken);
    }
}
