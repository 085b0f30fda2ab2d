using DutyLists.Import.Reading;

namespace DutyLists.Web.Importing;

/// <summary>The <c>DutyLists:Import</c> configuration section: what an upload may cost, and how long it waits.</summary>
public sealed class ImportOptions
{
    public const string Section = "DutyLists:Import";

    /// <summary>The reader's limits (<c>DutyLists:Import:Limits:ParseTimeout</c>, <c>…:MaxPartBytes</c>, …).</summary>
    public ImportLimits Limits { get; set; } = new();

    /// <summary>An upload whose preview was never confirmed or cancelled is removed after this long.</summary>
    public TimeSpan StagedUploadLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often expired uploads are looked for (also once at start).</summary>
    public TimeSpan StagedUploadSweep { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How many parsed duties the previews keep in memory across all staged uploads, so that a preview parses its
    /// file once; the least recently used go first. A real list has a few hundred duties.
    /// </summary>
    public int PreviewCacheDuties { get; set; } = 50_000;
}
