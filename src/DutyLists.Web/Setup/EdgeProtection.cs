using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.HttpOverrides;

namespace DutyLists.Web.Setup;

/// <summary>
/// What every response carries and how the app trusts the reverse proxy in front of it: the security headers, the
/// forwarded client address and scheme (so that behind a TLS proxy the cookies are <c>Secure</c> and HSTS is sent),
/// and no <c>Server</c> banner.
/// </summary>
public static class EdgeProtection
{
    /// <summary>
    /// Scripts, styles, fonts and connections only from this site. Inline style attributes are allowed because the
    /// component library of the interactive front end sets them; inline scripts are not, and the pages have none.
    /// <c>connect-src 'self'</c> covers the interactive circuit's WebSocket to the same origin.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    /// <summary>The configuration section of the trusted proxies: <c>DutyLists:Proxy:KnownProxies</c> and <c>KnownNetworks</c>.</summary>
    public const string ProxySection = "DutyLists:Proxy";

    public static WebApplicationBuilder AddEdgeProtection(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);

        var proxy = builder.Configuration.GetSection(ProxySection).Get<ProxySettings>() ?? new ProxySettings();
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;

            // Loopback stays trusted (the defaults): only a process on this machine can connect from it. Configured
            // proxies and networks are added, for a proxy on another host or in a container network.
            foreach (var address in proxy.KnownProxies)
            {
                o.KnownProxies.Add(IPAddress.TryParse(address.Trim(), out var parsed) ? parsed : throw Invalid("KnownProxies", address, "an IP address"));
            }

            foreach (var network in proxy.KnownNetworks)
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network.Trim(), out var parsed) ? parsed : throw Invalid("KnownNetworks", network, "an IP network such as 10.0.0.0/8"));
            }
        });

        // The antiforgery cookie is not Secure by default even over HTTPS; the login cookie already follows the request.
        builder.Services.Configure<AntiforgeryOptions>(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        builder.Services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        return builder;
    }

    /// <summary>First in the pipeline: the forwarded headers, then the headers of every response.</summary>
    public static IApplicationBuilder UseEdgeProtection(this IApplicationBuilder app)
    {
        app.UseForwardedHeaders();
        return app.Use((context, next) =>
        {
            // On starting rather than now: the exception handler clears the headers of a response it replaces.
            context.Response.OnStarting(static state =>
            {
                var headers = ((HttpContext)state).Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = ReferrerPolicy;

                // For browsers without frame-ancestors; replaces the SAMEORIGIN that antiforgery sets on forms.
                headers.XFrameOptions = "DENY";
                return Task.CompletedTask;
            }, context);
            return next(context);
        });
    }

    private static InvalidOperationException Invalid(string name, string value, string expected) =>
        new($"{ProxySection}:{name} has '{value}', which is not {expected}.");

    private sealed class ProxySettings
    {
        public string[] KnownProxies { get; set; } = [];

        public string[] KnownNetworks { get; set; } = [];
    }
}
