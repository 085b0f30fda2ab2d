using System.Net;
using DutyLists.Web.Accounts;
using DutyLists.Web.Setup;
using Microsoft.AspNetCore.Http;

namespace DutyLists.Web.Tests.Admin;

public sealed class SignInAttemptsTests
{
    [Fact]
    public void FiveFailuresBlockThePairForFifteenMinutesAndNoOtherPair()
    {
        var clock = new ManualClock();
        var attempts = new SignInAttempts(clock);
        for (var i = 1; i < SignInAttempts.MaxFailures; i++)
        {
            Assert.False(attempts.RecordFailure("ADMIN", "203.0.113.1"));
        }

        Assert.True(attempts.RecordFailure("ADMIN", "203.0.113.1"));
        Assert.True(attempts.IsBlocked("ADMIN", "203.0.113.1"));
        Assert.False(attempts.IsBlocked("ADMIN", "198.51.100.1"));
        Assert.False(attempts.IsBlocked("EDITOR", "203.0.113.1"));

        clock.Advance(SignInAttempts.Window - TimeSpan.FromSeconds(1));
        Assert.True(attempts.IsBlocked("ADMIN", "203.0.113.1"));
        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.False(attempts.IsBlocked("ADMIN", "203.0.113.1"));

        // After the block a new count starts.
        Assert.False(attempts.RecordFailure("ADMIN", "203.0.113.1"));
    }

    [Fact]
    public void FailuresSpreadOverMoreThanTheWindowDoNotAddUp()
    {
        var clock = new ManualClock();
        var attempts = new SignInAttempts(clock);
        for (var i = 0; i < 3 * SignInAttempts.MaxFailures; i++)
        {
            Assert.False(attempts.RecordFailure("ADMIN", "203.0.113.2"));
            clock.Advance(SignInAttempts.Window / (SignInAttempts.MaxFailures - 1) + TimeSpan.FromSeconds(1));
        }
    }

    [Fact]
    public void ASuccessClearsTheCount()
    {
        var attempts = new SignInAttempts(new ManualClock());
        for (var i = 1; i < SignInAttempts.MaxFailures; i++)
        {
            attempts.RecordFailure("ADMIN", "203.0.113.3");
        }

        attempts.Reset("ADMIN", "203.0.113.3");

        Assert.False(attempts.RecordFailure("ADMIN", "203.0.113.3"));
    }

    [Theory]
    [InlineData("203.0.113.9", "203.0.113.9")]
    [InlineData("::ffff:203.0.113.9", "203.0.113.9")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    public void AnIpv6ClientIsOneNetwork(string address, string key)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(address);

        Assert.Equal(key, ClientAddress.Key(context));
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 12, 4, 9, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
