using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DutyLists.Web.Tests.Infrastructure;

/// <summary>
/// The app with each client at an address of the test's choosing, as the server would see the connection (the test
/// server has none), and with its log lines kept for the test to read.
/// </summary>
public sealed class AddressedApp : DutyListsFactory
{
    /// <summary>A request header that sets the connection's remote address; read before anything else.</summary>
    public const string AddressHeader = "X-Test-Connection-Address";

    public ConcurrentQueue<string> LogLines { get; } = new();

    /// <summary>How many times a password was checked against a hash, real or dummy.</summary>
    public int PasswordChecks => _hashing.Checks;

    private readonly CountingHasher _hashing = new();

    /// <summary>A cookie-keeping client connecting from <paramref name="address"/>, e.g. 127.0.0.1 for a local proxy.</summary>
    public HttpClient ClientFrom(string address, string baseAddress = "http://localhost", bool handleCookies = true)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = handleCookies, BaseAddress = new Uri(baseAddress) });
        client.DefaultRequestHeaders.Add(AddressHeader, address);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.AddTransient<Microsoft.AspNetCore.Hosting.IStartupFilter, ConnectionAddress>();
            services.AddSingleton<ILoggerProvider>(new QueueLogger(LogLines));
            services.AddSingleton<IPasswordHasher<IdentityUser>>(_hashing);
        });
    }

    private sealed class ConnectionAddress : Microsoft.AspNetCore.Hosting.IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[AddressHeader].ToString(), out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }

    private sealed class QueueLogger(ConcurrentQueue<string> lines) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                lines.Enqueue(formatter(state, exception));
            }
        }

        public void Dispose()
        {
        }
    }

    /// <summary>Identity's hasher, counting the checks so that a test can see that every sign-in path hashes once.</summary>
    private sealed class CountingHasher : IPasswordHasher<IdentityUser>
    {
        private readonly PasswordHasher<IdentityUser> _inner = new();
        private int _checks;

        public int Checks => Volatile.Read(ref _checks);

        public string HashPassword(IdentityUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(IdentityUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _checks);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
