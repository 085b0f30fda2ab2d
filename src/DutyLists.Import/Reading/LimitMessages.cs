using System.Globalization;

namespace DutyLists.Import.Reading;

/// <summary>How a limit is named in a refusal: its value, and where it is set.</summary>
internal static class LimitMessages
{
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Size(long bytes) => bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0
        ? $"{bytes / (1024 * 1024)} MB"
        : bytes >= 1024 && bytes % 1024 == 0 ? $"{bytes / 1024} KB" : $"{Count(bytes)} 字节";

    /// <summary>The tail every limit refusal ends with, so that an admin knows it is a deliberate bound, not a bug.</summary>
    public const string Tail = "已拒绝（上限见配置 DutyLists:Import:Limits）";
}
