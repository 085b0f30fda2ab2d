using System.Net;
using System.Net.Sockets;

namespace DutyLists.Web.Setup;

/// <summary>
/// The client's address as the rate limit and the sign-in counters see it, read after the forwarded headers of a
/// trusted proxy have been applied.
/// </summary>
public static class ClientAddress
{
    /// <summary>Requests whose server gives no address (a Unix socket without a proxy's header) share one partition.</summary>
    public const string Unknown = "unknown";

    /// <summary>
    /// The partition key: an IPv4 address, or the /64 network of an IPv6 address, because one IPv6 client is usually
    /// given a whole /64 and could otherwise pick a new address for every request.
    /// </summary>
    public static string Key(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return Unknown;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    /// <summary>The full address, for logs.</summary>
    public static string Display(HttpContext context) =>
        context.Connection.RemoteIpAddress is { } address
            ? (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString()
            : Unknown;
}
