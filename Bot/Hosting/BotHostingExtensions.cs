using IntervisieBot.Cards;
using IntervisieBot.Features.Export;
using IntervisieBot.Features.Handreikingen;
using IntervisieBot.Features.Intervisie;
using IntervisieBot.Features.Lessons;
using IntervisieBot.Features.Lessons.FollowUp;
using IntervisieBot.Features.MyData;
using IntervisieBot.Features.Reminders;
using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Features.Reminders.Handlers;
using IntervisieBot.Features.Reminders.Storage;
using IntervisieBot.Features.Scheduling;
using IntervisieBot.Features.Scheduling.Calendar.Graph;
using IntervisieBot.Features.Teams;
using IntervisieBot.Protocol.Auth;
using IntervisieBot.Protocol.Connector;
using IntervisieBot.Privacy;
using IntervisieBot.Protocol.Turns;
using IntervisieBot.Storage;

namespace IntervisieBot.Hosting;

/// <summary>The composition root: every part of the bot is added and mapped here, so Program.cs stays two lines.</summary>
public static class BotHostingExtensions
{
    public static WebApplicationBuilder AddIntervisieBot(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        builder.AddBotObservability();
        services.AddIntervisieBotServices(configuration);
        services.AddHealthChecks()
            .AddCheck<StorageHealthCheck>("storage", tags: ["ready"])
            .AddCheck<ShutdownHealthCheck>("shutdown", tags: ["ready"]);
        return builder;
    }

    /// <summary>Everything except hosting concerns; also used by the command-line tools (cards dump).</summary>
    public static IServiceCollection AddIntervisieBotServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotAuthentication(configuration);
        services.AddBotConnector(configuration);
        services.AddTableStorage(configuration);
        services.AddBotTurns(configuration);
        services.AddCards(configuration);
        services.AddPersonalDataRights(configuration);
        services.AddMyData();
        services.AddTeamsFeature(configuration);
        services.AddIntervisieDomain(configuration);
        services.AddIntervisieRounds(configuration);
        services.AddHandreikingen(configuration);
        services.AddCasusFeature();
        services.AddLessonsFeature(configuration);
        services.AddReminders(configuration);
        services.AddLessonFollowUp(configuration);
        services.AddGraphCalendar(configuration);
        services.AddScheduling(configuration);
        services.AddExportFeature(configuration);
        services.AddSingleton<Privacy.Retention.IRetentionParticipant, InboxRetention>();
        return services;
    }

    public static WebApplication MapIntervisieBot(this WebApplication app)
    {
        // In every environment an unhandled exception is answered with a bare 500: never the developer exception page,
        // never a stack trace (the middleware logs the exception). Registered after the developer page, so it runs first.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = context =>
            {
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                return Task.CompletedTask;
            },
        });
        app.MapBotTurns();
        app.MapInfoPages();
        app.MapHealthChecks("/healthz", new() { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new() { Predicate = check => check.Tags.Contains("ready") });
        return app;
    }
}
