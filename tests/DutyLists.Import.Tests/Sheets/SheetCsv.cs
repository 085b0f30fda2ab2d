using System.Text;
using DutyLists.Import.Model;

namespace DutyLists.Import.Tests.Sheets;

/// <summary>Small duty sheets written as CSV text for tests, read through the default reader.</summary>
public static class SheetCsv
{
    public const string FileName = "sheet.csv";

    public const string Header = "乡镇,县（市、区）,清单,序号,事项类别,事项名称,对应上级部门,上级部门职责,乡镇配合职责,承接部门及工作方式,不再履行";

    public static ParsedList Read(params string[] lines) =>
        DutyListReader.CreateDefault().Read(FileName, Encoding.UTF8.GetBytes(string.Join("\r\n", lines)));

    public static DocumentRejectedException Reject(params string[] lines) =>
        Assert.Throws<DocumentRejectedException>(() => Read(lines));

    /// <summary>A basic duty row under <see cref="Header"/>.</summary>
    public static string Basic(int number, string name = "组织开展基层理论宣讲", string township = "三台镇") =>
        $"{township},吉木萨尔县,基本履职事项,{number},党的建设,{name},,,,,";
}
