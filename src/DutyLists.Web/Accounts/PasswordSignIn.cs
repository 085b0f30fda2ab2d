using DutyLists.Data.Auditing;
using DutyLists.Web.Setup;
using Microsoft.AspNetCore.Identity;

namespace DutyLists.Web.Accounts;

public enum SignInOutcome
{
    Succeeded,
    Failed,

    /// <summary>Too many failures for this name from this address (<see cref="SignInAttempts"/>).</summary>
    Blocked,

    /// <summary>The right password for an account an admin has disabled.</summary>
    Disabled,
}

/// <summary>
/// The login form's sign-in. Identity's own lockout is not used: it locks the account for everyone, so anyone who
/// knows a name can keep its owner out (decision 0011). A name that does not exist is checked against a dummy hash,
/// so that it takes as long as a wrong password for a real account.
/// </summary>
public sealed class PasswordSignIn(
    SignInManager<IdentityUser> signIn,
    UserManager<IdentityUser> users,
    IPasswordHasher<IdentityUser> hasher,
    SignInAttempts attempts,
    AuditLog audit,
    TimeProvider clock,
    ILogger<PasswordSignIn> logger)
{
    private static string? _dummyHash;

    public async Task<SignInOutcome> SignInAsync(HttpContext context, string name, string password)
    {
        if (name.Length == 0 || password.Length == 0)
        {
            return SignInOutcome.Failed;
        }

        var address = ClientAddress.Key(context);
        var shownAddress = ClientAddress.Display(context);
        var key = users.NormalizeName(name) ?? "";

        if (attempts.IsBlocked(key, address))
        {
            // Hashed all the same: a blocked name answers in the same time as any other.
            VerifyDummy(password);
            logger.LogWarning("Sign-in refused for {UserName} from {Address}: too many failures from this address", name, shownAddress);
            await audit.RecordAsync(name, AuditAction.SignInFailed, $"{name} 登录失败：此地址失败次数过多，已暂时锁定");
            return SignInOutcome.Blocked;
        }

        var user = await users.FindByNameAsync(name);
        bool passwordMatches;
        if (user is null)
        {
            VerifyDummy(password);
            passwordMatches = false;
        }
        else
        {
            passwordMatches = await users.CheckPasswordAsync(user, password);
        }

        if (!passwordMatches)
        {
            var blocked = attempts.RecordFailure(key, address);
            if (blocked)
            {
                logger.LogWarning("Sign-in failed for {UserName} from {Address}; locked out from this address for {Minutes} minutes", name, shownAddress, SignInAttempts.Window.TotalMinutes);
            }
            else
            {
                logger.LogWarning("Sign-in failed for {UserName} from {Address}", name, shownAddress);
            }

            await audit.RecordAsync(name, AuditAction.SignInFailed, blocked ? $"{name} 登录失败：此地址失败次数过多，已暂时锁定" : $"{name} 登录失败");
            return blocked ? SignInOutcome.Blocked : SignInOutcome.Failed;
        }

        if (await AccountAdministration.IsDisabledAsync(users, user!, clock))
        {
            logger.LogWarning("Sign-in refused for {UserName} from {Address}: the account is disabled", name, shownAddress);
            await audit.RecordAsync(name, AuditAction.SignInFailed, $"{name} 登录失败：账户已停用");
            return SignInOutcome.Disabled;
        }

        attempts.Reset(key, address);
        await signIn.SignInAsync(user!, isPersistent: false);
        logger.LogInformation("Sign-in succeeded for {UserName} from {Address}", name, shownAddress);
        await audit.RecordAsync(name, AuditAction.SignIn, $"{name} 登录");
        return SignInOutcome.Succeeded;
    }

    private void VerifyDummy(string password)
    {
        // Made with this hasher on first use, so it has the same format and iteration count as real hashes.
        var hash = _dummyHash ??= hasher.HashPassword(new IdentityUser(), Guid.NewGuid().ToString("N"));
        hasher.VerifyHashedPassword(new IdentityUser(), hash, password);
    }
}
