using System.Text.Encodings.Web;
using System.Text.Unicode;
using DutyLists.Data;
using DutyLists.Web.Api;
using DutyLists.Web.Components;
using DutyLists.Web.Setup;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddDutyListsData(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddRazorComponents();
// Pages carry Chinese as UTF-8 text rather than &#x…; entities.
builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
builder.Services.AddProblemDetails();
builder.Services.AddHealthChecks().AddDbContextCheck<DutyListsDbContext>();

var app = builder.Build();

var initialising = System.Diagnostics.Stopwatch.StartNew();
await app.InitialiseDatabaseAsync();
app.Logger.LogInformation("Database ready in {Ms} ms.", initialising.ElapsedMilliseconds);

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
    app.UseHsts();
}

app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAntiforgery();

app.MapStaticAssets();
app.MapHealthChecks("/healthz");
app.MapReadApi();
app.MapRazorComponents<App>();

app.Run();

/// <summary>The web host; public so that tests can start it with WebApplicationFactory.</summary>
public partial class Program;
