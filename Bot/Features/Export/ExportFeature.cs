using IntervisieBot.Features.Export.Cards;
using IntervisieBot.Features.Export.Domain;
using IntervisieBot.Features.Export.Handlers;
using IntervisieBot.Features.Shared;
using IntervisieBot.Protocol.Files;
using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Features.Export;

/// <summary>
/// Files out of the bot through Teams file consent: the export records and CSV (<c>Domain/</c>, with
/// <see cref="IExportSource"/>, which the feature that owns the data implements), strings and help (<c>Cards/</c>) and the
/// commands with the consent invoke (<c>Handlers/</c>). Export keeps no table of its own, so it has no <c>Storage/</c>.
/// </summary>
public static class ExportFeature
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
