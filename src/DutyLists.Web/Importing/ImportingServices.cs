using DutyLists.Data;
using DutyLists.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DutyLists.Web.Importing;

public static class ImportingServices
{
    /// <summary>
    /// The reader held to the configured <see cref="ImportOptions.Limits"/> (in place of the default one), the
    /// parsed-preview cache, the import flow the pages drive, and the expiry of staged uploads.
    /// </summary>
    public static IServiceCollection AddBoundedImports(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ImportOptions>(configuration.GetSection(ImportOptions.Section));
        services.Replace(ServiceDescriptor.Singleton(sp => DutyListReader.CreateDefault(
            sp.GetRequiredService<IOptions<ImportOptions>>().Value.Limits, () => KnownTownships(sp))));
        services.AddSingleton<ParsedUploads>();
        services.AddSingleton<ImportFlow>();
        services.AddHostedService<StagedUploadExpiry>();
        return services;
    }

    // The townships already stored, so that a title running county and township together splits at a known name.
    private static List<string> KnownTownships(IServiceProvider services)
    {
        using var db = services.GetRequiredService<IDbContextFactory<DutyListsDbContext>>().CreateDbContext();
        return db.Townships.AsNoTracking().Select(t => t.Name).Distinct().ToList();
    }
}
