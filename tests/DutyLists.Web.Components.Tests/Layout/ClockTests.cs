using DutyLists.Web.Setup;

namespace DutyLists.Web.Components.Tests.Layout;

public sealed class ClockTests
{
    [Fact]
    public void InstantsAreShownInBeijingTimeByDefaultInOneFormat()
    {
        var clock = new Clock(Clock.DefaultTimeZone);

        Assert.Equal("2026-07-15 14:03", clock.Time(new DateTimeOffset(2026, 7, 15, 6, 3, 59, TimeSpan.Zero)));
        Assert.Equal("2026-07-16 01:30", clock.Time(new DateTime(2026, 7, 15, 17, 30, 0, DateTimeKind.Utc)));

        // The database hands times back without a kind: they are UTC.
        Assert.Equal("2026-07-16 01:30", clock.Time(new DateTime(2026, 7, 15, 17, 30, 0, DateTimeKind.Unspecified)));
        Assert.Equal("2026-07-16", clock.Date(new DateTimeOffset(2026, 7, 15, 17, 30, 0, TimeSpan.Zero)));
        Assert.Equal("2026-07-01", Clock.Date(new DateOnly(2026, 7, 1)));
        Assert.Equal("", clock.Time((DateTime?)null));
    }

    [Fact]
    public void AnotherTimeZoneCanBeConfigured()
    {
        var clock = new Clock("Europe/Berlin");

        Assert.Equal("2026-07-15 08:03", clock.Time(new DateTimeOffset(2026, 7, 15, 6, 3, 0, TimeSpan.Zero)));
        Assert.Equal("2026-01-15 07:03", clock.Time(new DateTimeOffset(2026, 1, 15, 6, 3, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void AnUnknownTimeZoneIsRefusedWithTheSettingNamed()
    {
        var refusal = Assert.Throws<InvalidOperationException>(() => new Clock("Mars/Olympus"));

        Assert.Contains("DutyLists:TimeZone", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("Mars/Olympus", refusal.Message, StringComparison.Ordinal);
    }
}
