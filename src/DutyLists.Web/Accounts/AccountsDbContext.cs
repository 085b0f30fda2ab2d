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

    /// <summary>
    /// Identity bounds names and e-mail addresses at 256 characters, which PostgreSQL enforces and SQLite does not: they
    /// are unbounded here so that both accept the same accounts (decision 0010).
    /// </summary>
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<IdentityUser>(b =>
        {
            b.Property(u => u.UserName).Metadata.SetMaxLength(null);
            b.Property(u => u.NormalizedUserName).Metadata.SetMaxLength(null);
            b.Property(u => u.Email).Metadata.SetMaxLength(null);
            b.Property(u => u.NormalizedEmail).Metadata.SetMaxLength(null);
        });
        builder.Entity<IdentityRole>(b =>
        {
            b.Property(r => r.Name).Metadata.SetMaxLength(null);
            b.Property(r => r.NormalizedName).Metadata.SetMaxLength(null);
        });
    }
}
