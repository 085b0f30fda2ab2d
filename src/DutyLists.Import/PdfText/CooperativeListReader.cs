using DutyLists.Import.Model;

namespace DutyLists.Import.PdfText;

/// <summary>配合履职事项清单 of a PDF export, rebuilt from column fragments.</summary>
internal static class CooperativeListReader
{
    public static List<ParsedDuty> Read(IReadOnlyList<PdfLine> lines, KnownCategories categories, string file, List<ImportWarning> warnings) => [];
}
