using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.OutputCaching;

namespace DutyLists.Web.Setup;

/// <summary>
/// Antiforgery that leaves the cookie off anonymous reads of cacheable pages. Every prerendered interactive page hands
/// its circuit an antiforgery token, which stores the cookie, and a response that sets a cookie is never output-cached:
/// so no public page would ever be cached. On such a page nothing posts a form (the circuit's own forms do not post;
/// search forms use GET), so the token there needs no cookie. Pages with a form that does post, the login and logout
/// pages, are marked <c>[OutputCache(NoStore = true)]</c> and get the cookie as before, as do signed-in users and
/// every request other than a GET. Validation of posted forms is unchanged.
/// </summary>
public sealed class ReadPageAntiforgery(IAntiforgery inner) : IAntiforgery
{
    public static IServiceCollection UseForReadPages(IServiceCollection services)
    {
        var descriptor = services.LastOrDefault(d => d.ServiceType == typeof(IAntiforgery))
            ?? throw new InvalidOperationException("Antiforgery must be registered before it is wrapped.");
        services.Remove(descriptor);
        services.Add(ServiceDescriptor.Describe(typeof(IAntiforgery), sp => new ReadPageAntiforgery(Create(sp, descriptor)), descriptor.Lifetime));
        return services;
    }

    public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext) =>
        IsCacheableRead(httpContext) ? inner.GetTokens(httpContext) : inner.GetAndStoreTokens(httpContext);

    public AntiforgeryTokenSet GetTokens(HttpContext httpContext) => inner.GetTokens(httpContext);

    public Task<bool> IsRequestValidAsync(HttpContext httpContext) => inner.IsRequestValidAsync(httpContext);

    public Task ValidateRequestAsync(HttpContext httpContext) => inner.ValidateRequestAsync(httpContext);

    public void SetCookieTokenAndHeader(HttpContext httpContext) => inner.SetCookieTokenAndHeader(httpContext);

    private static bool IsCacheableRead(HttpContext context) =>
        HttpMethods.IsGet(context.Request.Method)
        && context.User.Identity?.IsAuthenticated != true
        && context.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>() is not { NoStore: true };

    private static IAntiforgery Create(IServiceProvider services, ServiceDescriptor descriptor) =>
        descriptor.ImplementationInstance as IAntiforgery
        ?? descriptor.ImplementationFactory?.Invoke(services) as IAntiforgery
        ?? (IAntiforgery)ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!);
}
