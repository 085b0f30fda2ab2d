using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Security.Claims;
using DutyLists.Data.Auditing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DutyLists.Web.Accounts;

public sealed record AccountSummary(string Id, string Name, IReadOnlyList<string> Roles, bool Disabled);

public sealed record AccountChange(bool Succeeded, string Message);

/// <summary>
/// What an admin does to other accounts: change the role, disable, enable, reset the password, delete. Each change
/// updates the account's security stamp, which ends its sessions on the next request (<see cref="SessionValidation"/>);
/// none may be done to one's own account or leave no enabled admin; each is audited.
/// </summary>
public sealed class AccountAdministration(
    UserManager<IdentityUser> users,
    AccountsDbContext db,
    AuditLog audit,
    TimeProvider clock,
    ILogger<AccountAdministration> logger)
{
    /// <summary>
    /// A disabled account has this claim (its value: when) and a lockout end far in the future, so that Identity's own
    /// checks refuse it too; the claim tells a disable from a lockout. No column is added to Identity's tables.
    /// </summary>
    public const string DisabledClaim = "dutylists:disabled";

    /// <summary>A fixed date rather than DateTimeOffset.MaxValue, which PostgreSQL's microsecond rounding would push out of range.</summary>
    public static readonly DateTimeOffset DisabledUntil = new(9999, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static async Task<bool> IsDisabledAsync(UserManager<IdentityUser> users, IdentityUser user, TimeProvider clock) =>
        user.LockoutEnd > clock.GetUtcNow() && (await users.GetClaimsAsync(user)).Any(c => c.Type == DisabledClaim);

    public async Task<IReadOnlyList<AccountSummary>> ListAsync(CancellationToken ct = default)
    {
        var accounts = await db.Users.AsNoTracking().OrderBy(u => u.UserName).Select(u => new { u.Id, u.UserName }).ToListAsync(ct);
        var roles = await (from userRole in db.UserRoles
                           join role in db.Roles on userRole.RoleId equals role.Id
                           select new { userRole.UserId, role.Name }).AsNoTracking().ToListAsync(ct);
        var disabled = (await db.UserClaims.AsNoTracking().Where(c => c.ClaimType == DisabledClaim).Select(c => c.UserId).ToListAsync(ct)).ToHashSet();
        var rolesOf = roles.ToLookup(r => r.UserId, r => r.Name!);
        return [.. accounts.Select(a => new AccountSummary(a.Id, a.UserName!, [.. rolesOf[a.Id].Order(StringComparer.Ordinal)], disabled.Contains(a.Id)))];
    }

    /// <summary>Creates an editor or admin account; a name already taken or a weak password is refused and nothing is stored.</summary>
    public async Task<AccountChange> CreateAsync(ClaimsPrincipal actor, string? name, string role, string? password)
    {
        name = name?.Trim() ?? "";
        role = role == Roles.Admin ? Roles.Admin : Roles.Editor;
        if (name.Length == 0)
        {
            return new(false, "请填写用户名。");
        }

        var user = new IdentityUser(name);
        var created = await users.CreateAsync(user, password ?? "");
        if (!created.Succeeded)
        {
            return new(false, $"无法创建账户 {name}：{IdentityMessages.Describe(created)}");
        }

        var added = await users.AddToRoleAsync(user, role);
        if (!added.Succeeded)
        {
            await users.DeleteAsync(user);
            return new(false, $"无法创建账户 {name}：{IdentityMessages.Describe(added)}");
        }

        await audit.RecordAsync(actor.Identity!.Name!, AuditAction.AccountCreated, $"创建{Roles.Title(role)}账户 {name}");
        logger.LogInformation("Account {UserName} created as {Role} by {Actor}", name, role, actor.Identity.Name);
        return new(true, $"已创建{Roles.Title(role)}账户 {name}。");
    }

    public Task<AccountChange> ChangeRoleAsync(ClaimsPrincipal actor, string userId, string role) =>
        ChangeAsync(actor, userId, "change-role", async user =>
        {
            var removed = await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
            if (!removed.Succeeded)
            {
                return removed;
            }

            var added = await users.AddToRoleAsync(user, role);
            return added.Succeeded ? await users.UpdateSecurityStampAsync(user) : added;
        }, name => $"将账户 {name} 的角色改为{Roles.Title(role)}");

    public Task<AccountChange> DisableAsync(ClaimsPrincipal actor, string userId) =>
        ChangeAsync(actor, userId, "disable", async user =>
        {
            if (await IsDisabledAsync(users, user, clock))
            {
                return IdentityResult.Failed(new IdentityError { Code = "AlreadyDisabled", Description = "账户已是停用状态" });
            }

            return await AllAsync(
                () => users.SetLockoutEnabledAsync(user, true),
                () => users.AddClaimAsync(user, new Claim(DisabledClaim, clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture))),
                () => users.SetLockoutEndDateAsync(user, DisabledUntil),
                () => users.UpdateSecurityStampAsync(user));
        }, name => $"停用账户 {name}");

    public Task<AccountChange> EnableAsync(ClaimsPrincipal actor, string userId) =>
        ChangeAsync(actor, userId, "enable", async user =>
        {
            var claims = (await users.GetClaimsAsync(user)).Where(c => c.Type == DisabledClaim).ToList();
            return await AllAsync(
                () => claims.Count > 0 ? users.RemoveClaimsAsync(user, claims) : Task.FromResult(IdentityResult.Success),
                () => users.SetLockoutEndDateAsync(user, null),
                () => users.ResetAccessFailedCountAsync(user),
                () => users.UpdateSecurityStampAsync(user));
        }, name => $"启用账户 {name}");

    /// <summary>Removes the password and sets <paramref name="password"/>; both steps change the security stamp.</summary>
    public Task<AccountChange> ResetPasswordAsync(ClaimsPrincipal actor, string userId, string password) =>
        ChangeAsync(actor, userId, "reset-password", user => AllAsync(
            () => users.RemovePasswordAsync(user),
            () => users.AddPasswordAsync(user, password)), name => $"重置账户 {name} 的密码");

    public Task<AccountChange> DeleteAsync(ClaimsPrincipal actor, string userId) =>
        ChangeAsync(actor, userId, "delete", users.DeleteAsync, name => $"删除账户 {name}");

    private async Task<AccountChange> ChangeAsync(ClaimsPrincipal actor, string userId, string action, Func<IdentityUser, Task<IdentityResult>> change, Func<string, string> describe)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return new(false, "账户不存在，可能已被删除。");
        }

        var name = user.UserName!;
        if (user.Id == users.GetUserId(actor))
        {
            return new(false, "不能在此更改自己的账户：请由另一位管理员操作。");
        }

        // Serializable, and the admin count taken after the change inside the transaction: two admins disabling each
        // other at the same moment cannot leave the deployment with none (one of the two fails and changes nothing).
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable);
            var result = await change(user);
            if (!result.Succeeded)
            {
                db.ChangeTracker.Clear();
                return new(false, $"未能更改账户 {name}：{IdentityMessages.Describe(result)}");
            }

            if (await CountEnabledAdminsAsync() == 0)
            {
                // Rolled back; the context forgets what it saved inside the transaction.
                db.ChangeTracker.Clear();
                return new(false, $"未更改账户 {name}：这是最后一个可用的管理员账户，不能降级、停用或删除。");
            }

            await transaction.CommitAsync();
        }
        catch (Exception e) when (e is DbUpdateException or DbException)
        {
            db.ChangeTracker.Clear();
            logger.LogWarning(e, "Account change {Action} of {UserName} by {Actor} failed", action, name, actor.Identity?.Name);
            return new(false, $"未能更改账户 {name}：账户正被同时更改，请刷新后重试。");
        }

        var summary = describe(name);
        await audit.RecordAsync(actor.Identity!.Name!, AuditAction.AccountChanged, summary);
        logger.LogInformation("Account {UserName}: {Action} by {Actor}", name, action, actor.Identity.Name);
        return new(true, summary + "。");
    }

    private Task<int> CountEnabledAdminsAsync() =>
        db.UserRoles
            .Where(ur => db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Admin))
            .Where(ur => !db.UserClaims.Any(c => c.UserId == ur.UserId && c.ClaimType == DisabledClaim))
            .CountAsync();

    private static async Task<IdentityResult> AllAsync(params Func<Task<IdentityResult>>[] steps)
    {
        foreach (var step in steps)
        {
            var result = await step();
            if (!result.Succeeded)
            {
                return result;
            }
        }

        return IdentityResult.Success;
    }
}
