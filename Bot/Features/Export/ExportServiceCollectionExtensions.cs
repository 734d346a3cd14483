using IntervisieBot.Features.Shared;
using IntervisieBot.Protocol.Files;
using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Features.Export;

public static class ExportServiceCollectionExtensions
{
    /// <summary>
    /// Export: the commands and the <c>fileConsent/invoke</c> route, the upload client. The files themselves come from the
    /// <see cref="IExportSource"/>s the owning features register.
    /// </summary>
    public static IServiceCollection AddExportFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddFileUpload(configuration);
        services.AddSingleton<IRouteContributor, ExportRoutes>();
        services.AddSingleton<IHelpEntrySource, ExportHelpEntries>();
        return services;
    }
}
