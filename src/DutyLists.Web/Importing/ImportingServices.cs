using DutyLists.Import;
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
        services.Replace(ServiceDescriptor.Singleton(sp => DutyListReader.CreateDefault(sp.GetRequiredService<IOptions<ImportOptions>>().Value.Limits)));
        services.AddSingleton<ParsedUploads>();
        services.AddSingleton<ImportFlow>();
        services.AddHostedService<StagedUploadExpiry>();
        return services;
    }
}
