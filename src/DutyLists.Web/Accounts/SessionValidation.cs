using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DutyLists.Web.Accounts;

/// <summary>
/// Checks the login cookie's security stamp against the account's on every request, so that a role change, a disable,
/// a password reset, a deletion or a logout ends the account's sessions at once, on every instance. It replaces
/// Identity's <see cref="SecurityStampValidator"/>, which with a zero interval would also rebuild the principal (roles
/// and claims: three more queries) and re-issue the cookie on every request; the cookie's roles cannot be stale while
/// its stamp matches, because every change of roles changes the stamp. One primary-key read of one column
/// (docs/performance.md, "Session check").
/// </summary>
public static class SessionValidation
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var claims = context.HttpContext.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var id = context.Principal?.FindFirstValue(claims.UserIdClaimType);
        var stamp = context.Principal?.FindFirstValue(claims.SecurityStampClaimType);
        if (id is not null && stamp is not null)
        {
            var db = context.HttpContext.RequestServices.GetRequiredService<AccountsDbContext>();
            var current = await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.SecurityStamp).FirstOrDefaultAsync(context.HttpContext.RequestAborted);
            if (current == stamp)
            {
                return;
            }
        }

        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}
