using System.Globalization;

namespace DutyLists.Web.Setup;

/// <summary>
/// The one way pages write times and dates: instants in the configured time zone (Beijing time by default), in one
/// format, <c>2026-07-15 14:03</c>, and dates as <c>2026-07-15</c>.
/// </summary>
public sealed class Clock
{
    public const string DefaultTimeZone = "Asia/Shanghai";
    public const string TimeFormat = "yyyy-MM-dd HH:mm";
    public const string DateFormat = "yyyy-MM-dd";

    public Clock(string timeZone)
    {
        try
        {
            Zone = TimeZoneInfo.FindSystemTimeZoneById(string.IsNullOrWhiteSpace(timeZone) ? DefaultTimeZone : timeZone.Trim());
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new InvalidOperationException($"{DutyListsOptions.Section}:{nameof(DutyListsOptions.TimeZone)} has '{timeZone}', which is not a known time zone such as {DefaultTimeZone}.", e);
        }
    }

    public TimeZoneInfo Zone { get; }

    /// <summary>An instant as the readers' wall-clock time, e.g. <c>2026-07-15 14:03</c>.</summary>
    public string Time(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).ToString(TimeFormat, CultureInfo.InvariantCulture);

    /// <summary>A stored UTC time (an unspecified kind is taken as UTC, as the database hands it back).</summary>
    public string Time(DateTime utc) => Time(new DateTimeOffset(DateTime.SpecifyKind(utc, utc.Kind == DateTimeKind.Local ? DateTimeKind.Local : DateTimeKind.Utc)));

    public string Time(DateTimeOffset? instant) => instant is { } value ? Time(value) : "";

    public string Time(DateTime? utc) => utc is { } value ? Time(value) : "";

    /// <summary>The day of an instant in the readers' time zone.</summary>
    public string Date(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>A calendar date (no time zone: e.g. a list's date of issue).</summary>
    public static string Date(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date is { } value ? Date(value) : "";
}
