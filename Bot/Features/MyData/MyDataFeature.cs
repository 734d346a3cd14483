using IntervisieBot.Cards;
using IntervisieBot.Features.Shared;
using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Features.MyData;

/// <summary>
/// The privacy rights commands as a feature: <c>mijn gegevens</c> (what the bot keeps about you) and <c>verwijder mijn
/// gegevens</c>. Each feature tells what it keeps through <c>Privacy.Rights.IPersonalDataContributor</c>, the contract
/// that stays with the guard in <c>Privacy/</c> so features depend on Privacy and never on each other for it.
/// </summary>
public static class MyDataFeature
{
    public static IServiceCollection AddMyData(this IServiceCollection services)
    {
        services.AddSingleton<IRouteContributor, MyDataRoutes>();
        services.AddSingleton<IHelpEntrySource, MyDataHelpEntries>();
        services.AddSingleton<Export.Domain.IExportSource, MyDataExport>();
        services.AddCardSampleSource<MyDataCardSamples>();
        return services;
    }
}
