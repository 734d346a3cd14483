using IntervisieBot.Cards;
using IntervisieBot.Features.Handreikingen.Domain;
using IntervisieBot.Features.Handreikingen.Handlers;
using IntervisieBot.Features.Handreikingen.Storage;

namespace IntervisieBot.Hosting;

/// <summary>Command-line tools that run instead of the web host: <c>cards dump DIR</c>, <c>recommend --jsonl</c>, <c>recommend "tekst"</c>.</summary>
public static class BotCommandLine
{
    /// <summary>The exit code when <paramref name="args"/> name a tool; null to start the bot.</summary>
    public static async Task<int?> TryRunAsync(string[] args)
    {
        if (CardDumpCommand.Matches(args))
        {
            await using var services = BuildToolServices();
            return await CardDumpCommand.RunAsync(args, services).ConfigureAwait(false);
        }
        if (RecommendCommand.Matches(args))
        {
            await using var services = BuildToolServices();
            return await RecommendCommand.RunAsync(args, Console.In, Console.Out, services.GetRequiredService<HandreikingRecommender>()).ConfigureAwait(false);
        }
        if (CatalogueCommand.Matches(args))
        {
            await using var services = BuildToolServices();
            var links = new CatalogueLinkChecker(services.GetRequiredService<IHttpClientFactory>().CreateClient(CatalogueLinkChecker.HttpClientName));
            return await CatalogueCommand.RunAsync(args, services.GetRequiredService<LiveCatalogue>(), Console.Out, Console.Error, CancellationToken.None, links).ConfigureAwait(false);
        }
        return null;
    }

    /// <summary>The bot's own registrations (no web host, no storage calls are made) so tools see exactly what the bot has.</summary>
    private static ServiceProvider BuildToolServices()
    {
        // Same sources as the bot: appsettings, environment (e.g. ConnectionStrings__Tables), command line.
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddIntervisieBotServices(configuration);
        return services.BuildServiceProvider();
    }
}
