using System.Text;
using DutyLists.Import.Model;
using DutyLists.Import.TableText;

namespace DutyLists.Import.Tests;

/// <summary>Builds small documents in the table-text layout for tests; lines are joined with LF and, like the seeds, no final newline.</summary>
public static class InlineDocument
{
    public const string FileName = "inline.txt";

    public const string BasicHeader = "序号\t事项类别\t事项名称";
    public const string CooperativeHeader = "序号\t事项类别\t事项名称\t对应上级部门\t上级部门职责\t乡镇配合职责";
    public const string ReclaimedHeader = "序号\t事项类别\t事项名称\t承接部门及工作方式";

    /// <summary>A title block as in 001 (L1-L7).</summary>
    public static readonly string[] TitleBlock = ["", "", "新疆维吾尔自治区昌吉回族自治州", "木垒县大石头乡", "履职事项清单", "", "2025年7月", ""];

    public static ParsedList Parse(IEnumerable<string> lines, DocumentMetadata? metadata = null) =>
        new DutyListReader([new TableTextParser()]).Read(FileName, Encoding.UTF8.GetBytes(string.Join('\n', lines)), metadata);

    public static DocumentRejectedException Reject(IEnumerable<string> lines) =>
        Assert.Throws<DocumentRejectedException>(() => Parse(lines));

    /// <summary>A basic list of the given rows under a heading and header, after the title block.</summary>
    public static string[] BasicList(params string[] rows) => [.. TitleBlock, "昌吉州木垒县大石头乡基本履职事项清单", "", BasicHeader, .. rows];
}
