using DutyLists.Import.Model;

namespace DutyLists.Web.Importing;

/// <summary>A refused document as the admin reads it: file, line (when there is one) and reason.</summary>
public static class ImportMessages
{
    public static string Describe(DocumentRejectedException e) =>
        e.Line > 0 ? $"{e.File} 第 {e.Line} 行：{e.Reason}" : $"{e.File}：{e.Reason}";
}
