using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DutyLists.Web.Accounts;

/// <summary>
/// The interactive counterpart of <see cref="SessionValidation"/>: a circuit outlives the request that opened it, so
/// its user is checked again every <see cref="Interval"/> against the account's security stamp. A disabled, demoted,
/// deleted or signed-out account's open pages lose their signed-in state, as its next request would.
/// </summary>
public sealed class CircuitSessionValidation(ILoggerFactory loggerFactory, IServiceScopeFactory scopes, IOptions<IdentityOptions> identity)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    /// <summary>Short, because a role change must take effect soon; each check is one primary-key read.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override TimeSpan RevalidationInterval => Interval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        var claims = identity.Value.ClaimsIdentity;
        var id = authenticationState.User.FindFirstValue(claims.UserIdClaimType);
        var stamp = authenticationState.User.FindFirstValue(claims.SecurityStampClaimType);
        if (id is null || stamp is null)
        {
            return false;
        }

        // A scope of its own: the circuit's scope may be busy rendering on the same DbContext.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        var current = await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.SecurityStamp).FirstOrDefaultAsync(cancellationToken);
        return current == stamp;
    }
}
