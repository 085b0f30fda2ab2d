using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using DutyLists.Web.Accounts;
using Microsoft.AspNetCore.RateLimiting;

namespace DutyLists.Web.Setup;

/// <summary>
/// A limit on sign-in attempts per client address (after the proxy's forwarded address is applied), besides the
/// per-account-and-address counter of <see cref="SignInAttempts"/>: a flood from one client is refused with 429 before
/// it reaches the password hash or the audit log. Other requests are not limited.
/// </summary>
public static class SignInRateLimit
{
    /// <summary><c>DutyLists:SignInRateLimit:PermitLimit</c> and <c>WindowSeconds</c>.</summary>
    public const string Section = "DutyLists:SignInRateLimit";

    public static IServiceCollection AddSignInRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(Section).Get<Settings>() ?? new Settings();
        var window = TimeSpan.FromSeconds(settings.WindowSeconds);
        services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => IsSignIn(context.Request)
                ? RateLimitPartition.GetSlidingWindowLimiter(ClientAddress.Key(context), _ => new SlidingWindowRateLimiterOptions
                {
                    PermitLimit = settings.PermitLimit,
                    Window = window,
                    SegmentsPerWindow = 6,
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter(""));
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, ct) => RejectAsync(context, window, ct);
        });
        return services;
    }

    private static bool IsSignIn(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Path.Equals(AccountServices.LoginPath, StringComparison.OrdinalIgnoreCase);

    private static async ValueTask RejectAsync(OnRejectedContext rejected, TimeSpan window, CancellationToken ct)
    {
        var context = rejected.HttpContext;
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("DutyLists.Web.SignIn");
        logger.LogWarning("Sign-in rate-limited for {UserName} from {Address}", await UserNameAsync(context.Request, ct), ClientAddress.Display(context));

        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : window;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(Page(seconds), ct);
    }

    /// <summary>The user name of a small login form, for the log; larger bodies are not read for a refused request.</summary>
    private static async Task<string> UserNameAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasFormContentType || request.ContentLength is not (> 0 and < 8192))
        {
            return "";
        }

        var form = await request.ReadFormAsync(ct);
        return form["Input.UserName"].ToString().Trim();
    }

    private static string Page(int seconds)
    {
        var wait = seconds >= 60 ? $"{(seconds + 59) / 60} 分钟" : $"{seconds} 秒";
        return $"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1.0" />
            <title>登录尝试过于频繁 · 履职事项清单</title>
            <link rel="stylesheet" href="/lib/bootstrap/dist/css/bootstrap.min.css" />
            </head>
            <body>
            <main class="container py-4">
            <h1 class="h3">登录尝试过于频繁</h1>
            <p>从您的网络地址提交的登录请求太多，已暂时停止受理。请 {WebUtility.HtmlEncode(wait)}后再试。</p>
            <p>如果忘记了密码，请联系管理员重置，不要反复尝试。</p>
            <p><a href="{AccountServices.LoginPath}">返回登录页</a></p>
            </main>
            </body>
            </html>
            """;
    }

    private sealed class Settings
    {
        /// <summary>
        /// Twenty attempts a minute: enough for an office whose staff share one address all signing in at nine, far
        /// below the hundreds a second that a script sends.
        /// </summary>
        public int PermitLimit { get; set; } = 20;

        public int WindowSeconds { get; set; } = 60;
    }
}
