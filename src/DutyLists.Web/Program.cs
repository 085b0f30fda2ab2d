using System.Text.Encodings.Web;
using System.Text.Unicode;
using DutyLists.Web.Accounts;
using DutyLists.Web.Api;
using DutyLists.Web.Commands;
using DutyLists.Web.Components;
using DutyLists.Web.Importing;
using DutyLists.Web.Setup;
using MudBlazor.Services;

var builder = WebApplication.CreateBuilder(args);
if (CommandLine.IsCommand(args))
{
    CommandLine.ConfigureLogging(builder.Logging);
}

var database = DataServices.ResolveDatabase(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddDutyListsData(database);
builder.Services.AddDutyListsTelemetry(builder.Configuration, database);
builder.Services.AddBoundedImports(builder.Configuration);
if (!CommandLine.IsCommand(args))
{
    builder.Services.AddHostedService<CurrentDutiesWarmUp>();
}

builder.Services.AddDutyListsAccounts(builder.Configuration, database);
builder.Services.AddSignInRateLimit(builder.Configuration);
builder.AddEdgeProtection();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();
builder.Services.AddDutyListsCircuits(builder.Configuration);
ReadPageAntiforgery.UseForReadPages(builder.Services);
builder.Services.AddSingleton(new Clock(builder.Configuration[$"{DutyListsOptions.Section}:{nameof(DutyListsOptions.TimeZone)}"] ?? Clock.DefaultTimeZone));
builder.Services.AddPageCache();
builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
{
    document.Info.Title = "DutyLists API";
    document.Info.Description = "乡镇履职事项清单的只读 JSON 接口与导出。示例见 docs/api.md。";
    return Task.CompletedTask;
}));
// Pages carry Chinese as UTF-8 text rather than &#x…; entities.
builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
builder.Services.AddProblemDetails();
builder.Services.AddDutyListsHealthChecks();

var app = builder.Build();

var initialising = System.Diagnostics.Stopwatch.StartNew();
try
{
    await app.InitialiseDatabaseAsync();
}
catch (InvalidOperationException e)
{
    // A database this build cannot use: say why and stop, rather than fail on the first request.
    app.Logger.LogCritical("{Reason}", e.Message);
    return 1;
}

app.Logger.LogInformation("Database ready in {Ms} ms.", initialising.ElapsedMilliseconds);

if (CommandLine.IsCommand(args))
{
    // `create-admin`, `import`: run against the same database and services, then exit without serving.
    return await CommandLine.RunAsync(app, args);
}

app.UseEdgeProtection();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
    app.UseHsts();
}

app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.UseQueryValidation();
app.UseOutputCache();
app.UseAntiforgery();

app.MapStaticAssets().AllowAnonymous();
app.MapDutyListsHealthChecks().AllowAnonymous();
app.MapReadApi().CacheOutput(PageCache.Policy);
app.MapExports();
app.MapOpenApi().CacheOutput(PageCache.Policy);
app.MapRazorComponents<App>().AddInteractiveServerRenderMode().CacheOutput(PageCache.Policy);

await app.RunAsync();
return 0;

/// <summary>The web host; public so that tests can start it with WebApplicationFactory.</summary>
public partial class Program;
