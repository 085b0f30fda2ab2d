using DutyLists.Data;
using DutyLists.Data.Migrations;
using DutyLists.Web.Setup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace DutyLists.Web.Accounts;

/// <summary>Identity with its EF stores, cookie sign-in, lockout and the role policies.</summary>
public static class AccountServices
{
    public const string LoginPath = "/account/login";

    public static IServiceCollection AddDutyListsAccounts(this IServiceCollection services, IConfiguration configuration, DatabaseSettings database)
    {
        services.AddDbContext<AccountsDbContext>(o => database.Apply(o));
        services.AddDataProtection().SetApplicationName("DutyLists").PersistKeysToDbContext<AccountsDbContext>();
        services.AddIdentityCore<IdentityUser>(o =>
            {
                o.User.RequireUniqueEmail = false;
                o.User.AllowedUserNameCharacters = null!; // Chinese user names are allowed.
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequiredUniqueChars = 4;

                // Lockout stays enabled for new users because disabling an account sets its lockout end; failed
                // sign-ins are counted per account and address by SignInAttempts instead (decision 0011).
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AccountsDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<CommonPasswordValidator>();
        services.AddSingleton<SignInAttempts>();
        services.AddScoped<PasswordSignIn>();
        services.AddScoped<AccountAdministration>();

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = LoginPath;
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/access-denied";
            o.Cookie.Name = "DutyLists.Auth";
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;

            // Every request, not Identity's default of every 30 minutes: a demoted, disabled or signed-out account's
            // cookie is refused at once.
            o.Events.OnValidatePrincipal = SessionValidation.ValidateAsync;
            // A 403 page rather than a redirect, so that the status says what happened; the API gets 401 rather than a login page.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
            o.Events.OnRedirectToLogin = context =>
            {
                if (context.Request.Path.StartsWithSegments("/api"))
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                }
                else
                {
                    context.Response.Redirect(context.RedirectUri);
                }

                return Task.CompletedTask;
            };
        });

        var browsingNeedsLogin = configuration.GetValue<bool>($"{DutyListsOptions.Section}:{nameof(DutyListsOptions.RequireLoginToBrowse)}");
        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.CanEdit, p => p.RequireRole(Roles.Editor, Roles.Admin))
            .SetFallbackPolicy(browsingNeedsLogin ? new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build() : null);
        services.AddCascadingAuthenticationState();
        services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, CircuitSessionValidation>();
        return services;
    }

    /// <summary>
    /// Brings the Identity and data-protection tables up to date with the accounts' own migrations, recorded apart from
    /// the duty lists' (decision 0010): tables made by the release before migrations are taken under them in place.
    /// Then creates the roles.
    /// </summary>
    public static async Task EnsureAccountsSchemaAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        await SchemaMigrations.MigrateAsync(db, releaseCheck: null, ct: ct);

        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }
}
