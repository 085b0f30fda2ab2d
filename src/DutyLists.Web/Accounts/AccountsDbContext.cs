using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DutyLists.Web.Accounts;

/// <summary>
/// User accounts and roles (ASP.NET Core Identity), and the data-protection keys that sign their cookies and the
/// antiforgery tokens, kept in the same database as the duty lists but in a context of the web host's own: the data
/// and import layers know nothing of logins. Keys in the database let several instances share one PostgreSQL behind a
/// load balancer: a cookie issued by one is read by the others.
/// </summary>
public sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options)
    : IdentityDbContext<IdentityUser>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
}
