using System.Text;
using Microsoft.AspNetCore.Identity;

namespace DutyLists.Web.Accounts;

/// <summary>
/// Refuses the passwords that guessing tries first: those on the list of common passwords, a common stem padded with
/// digits or symbols (<c>password12</c>, <c>Woaini1314!</c>, <c>p@ssw0rd99</c>), runs and repeats of digits or keys
/// (<c>1234567890</c>, <c>1212121212</c>), and passwords that contain the user name.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<IdentityUser>
{
    public const string CommonCode = "PasswordTooCommon";
    public const string ContainsUserNameCode = "PasswordContainsUserName";

    public Task<IdentityResult> ValidateAsync(UserManager<IdentityUser> manager, IdentityUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var lower = password.ToLowerInvariant();
        if (IsCommon(lower))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError { Code = CommonCode, Description = "The password is too common." }));
        }

        var name = user.UserName?.Trim().ToLowerInvariant();
        if (name is { Length: >= 3 } && lower.Contains(name, StringComparison.Ordinal))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError { Code = ContainsUserNameCode, Description = "The password contains the user name." }));
        }

        return Task.FromResult(IdentityResult.Success);
    }

    /// <summary>Whether a lower-case password is common, a padded common stem, or a run of digits or symbols.</summary>
    internal static bool IsCommon(string lower)
    {
        if (CommonPasswords.Whole.Contains(lower))
        {
            return true;
        }

        var first = lower.AsSpan().IndexOfAnyExcept(Padding);
        if (first < 0)
        {
            return IsRun(lower);
        }

        var last = lower.AsSpan().LastIndexOfAnyExcept(Padding);
        var core = lower[first..(last + 1)];
        var padding = lower[..first] + lower[(last + 1)..];
        foreach (var plain in new[] { Plain(core, 'i'), Plain(core, 'l') })
        {
            if (IsStemOrPair(plain) || IsRepeatOfStem(plain))
            {
                return true;
            }

            // A letter or three padded with a run: a123456789, abc1234567.
            if (plain.Length <= 3 && (padding.Length == 0 || IsRun(padding)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> Padding = System.Buffers.SearchValues.Create("0123456789!@#$%^&*()-_=+.,;:?/\\|~`'\"[]{}<> ");

    /// <summary>Undoes the usual swaps of digits and symbols for letters inside the stem, and drops separators.</summary>
    private static string Plain(string core, char one)
    {
        var plain = new StringBuilder(core.Length);
        foreach (var c in core)
        {
            var letter = c switch
            {
                '0' => 'o',
                '1' or '!' => one,
                '3' => 'e',
                '4' or '@' => 'a',
                '5' or '$' => 's',
                '7' => 't',
                '8' => 'b',
                _ => c,
            };
            if (char.IsLetter(letter))
            {
                plain.Append(letter);
            }
        }

        return plain.ToString();
    }

    private static bool IsStemOrPair(string plain)
    {
        if (CommonPasswords.Stems.Contains(plain))
        {
            return true;
        }

        for (var i = 1; i < plain.Length; i++)
        {
            if (CommonPasswords.Stems.Contains(plain[..i]) && CommonPasswords.Stems.Contains(plain[i..]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRepeatOfStem(string plain)
    {
        for (var unit = 1; unit <= plain.Length / 2; unit++)
        {
            if (plain.Length % unit == 0 && IsPeriodic(plain, unit))
            {
                return unit <= 3 || CommonPasswords.Stems.Contains(plain[..unit]);
            }
        }

        return false;
    }

    /// <summary>Few distinct characters, a short unit repeated, or digits counting up or down.</summary>
    private static bool IsRun(string text)
    {
        if (text.Distinct().Count() <= 2)
        {
            return true;
        }

        for (var unit = 1; unit <= 5 && unit <= text.Length / 2; unit++)
        {
            if (IsPeriodic(text, unit))
            {
                return true;
            }
        }

        return IsCounting(text, 1) || IsCounting(text, 9) || IsCounting(Pairs(text), 1) || IsCounting(Pairs(text), 9);
    }

    private static bool IsPeriodic(string text, int unit)
    {
        for (var i = unit; i < text.Length; i++)
        {
            if (text[i] != text[i - unit])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Each digit the one before plus <paramref name="step"/> (mod 10): 1234567890, 9876543210.</summary>
    private static bool IsCounting(string text, int step)
    {
        if (text.Length < 3 || !text.All(char.IsAsciiDigit))
        {
            return false;
        }

        for (var i = 1; i < text.Length; i++)
        {
            if ((text[i - 1] - '0' + step) % 10 != text[i] - '0')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>1122334455 → 12345 when every digit comes twice; otherwise the text unchanged.</summary>
    private static string Pairs(string text)
    {
        if (text.Length % 2 != 0)
        {
            return text;
        }

        var half = new StringBuilder(text.Length / 2);
        for (var i = 0; i < text.Length; i += 2)
        {
            if (text[i] != text[i + 1])
            {
                return text;
            }

            half.Append(text[i]);
        }

        return half.ToString();
    }
}
