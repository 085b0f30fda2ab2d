using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DutyLists.Web.Accounts;

/// <summary>
/// User accounts and roles (ASP.NET Core Identity), kept in the same database as the duty lists but in a context
/// of the web host's own: the data and import layers know nothing of logins.
/// </summary>
public sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options) : IdentityDbContext<IdentityUser>(options);
