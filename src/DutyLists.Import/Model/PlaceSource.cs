namespace DutyLists.Import.Model;

/// <summary>Where a place value of the imported list came from.</summary>
public enum PlaceSource
{
    /// <summary>The document itself: its title, a list heading, the sheet's columns or its text.</summary>
    Document,

    /// <summary>The metadata file beside the document (<c>x.txt.meta.json</c>): fills what the document leaves out.</summary>
    MetadataFile,

    /// <summary>The upload form: given by the admin, wins over the document.</summary>
    Form,

    /// <summary>The import command's options (<c>--county</c>, …): given by the admin, wins over the document.</summary>
    CommandLine,

    /// <summary>
    /// The one township of that name already stored: fills what neither the document nor the admin gave, so that a
    /// revision of a township whose documents never name their county (003) is still that township's revision.
    /// </summary>
    StoredTownship,
}

/// <summary>One part of where the township sits, the value used and where it came from.</summary>
/// <param name="Part">乡镇名称, 所属县（市、区）, 所属地（州、市） or 所属省（自治区）.</param>
/// <param name="Value">The value used; null when no source gives one.</param>
/// <param name="Source">Where the value came from; null when there is none.</param>
public sealed record PlaceValue(string Part, string? Value, PlaceSource? Source)
{
    /// <summary>The source in words, for the preview and the command's output.</summary>
    public string SourceText => Source switch
    {
        PlaceSource.Document => "文件中的标题或内容",
        PlaceSource.MetadataFile => "元数据文件",
        PlaceSource.Form => "上传表单",
        PlaceSource.CommandLine => "命令行",
        PlaceSource.StoredTownship => "已有的同名乡镇",
        _ => "未提供",
    };

    /// <summary>One line such as <c>所属县（市、区）：吉木萨尔县（来自命令行）</c>.</summary>
    public override string ToString() => Value is null ? $"{Part}：未知（{SourceText}）" : $"{Part}：{Value}（来自{SourceText}）";
}
