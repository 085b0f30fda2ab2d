namespace DutyLists.Web.Setup;

/// <summary>The <c>DutyLists</c> configuration section.</summary>
public sealed class DutyListsOptions
{
    public const string Section = "DutyLists";

    /// <summary>Folder of documents imported on first run; default: the repository's <c>seed-data/</c>.</summary>
    public string? SeedDataPath { get; set; }

    /// <summary>When true, every page needs a login; by default browsing is open to anyone who can reach the app.</summary>
    public bool RequireLoginToBrowse { get; set; }

    /// <summary>
    /// The IANA time zone in which pages show times (<c>DutyLists:TimeZone</c>); default <c>Asia/Shanghai</c>, the
    /// readers' own. Stored times stay UTC.
    /// </summary>
    public string TimeZone { get; set; } = Setup.Clock.DefaultTimeZone;
}
