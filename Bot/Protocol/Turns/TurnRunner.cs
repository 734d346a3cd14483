using System.Diagnostics;
using IntervisieBot.Protocol.Connector;
using IntervisieBot.Protocol.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntervisieBot.Protocol.Turns;

/// <summary>Runs one turn in its own DI scope, under its own timeout, with failures logged (ids only) and answered politely.</summary>
public sealed partial class TurnRunner(
    IServiceScopeFactory scopes,
    IConnectorClient connector,
    TurnDispatcher dispatcher,
    IEnumerable<ITurnErrorResponder> errorResponders,
    IEnumerable<ITurnInitializer> initializers,
    IOptions<TurnOptions> options,
    TurnTelemetry telemetry,
    TimeProvider time,
    ILogger<TurnRunner> logger)
{
    /// <summary>Runs the turn inside a span (a background turn links to the request that queued it) and counts it.</summary>
    public async Task<InvokeResponse?> RunAsync(QueuedTurn queued, bool isInvoke, CancellationToken cancellationToken)
    {
        var activity = queued.Activity;
        var typeTag = TurnTelemetry.TypeTag(activity.Type);
        using var span = TurnTelemetry.ActivitySource.StartActivity(
            "turn " + typeTag, ActivityKind.Internal, parentContext: default,
            links: queued.QueuedBy == default ? null : [new ActivityLink(queued.QueuedBy)]);
        span?.SetTag("intervisiebot.activity.type", typeTag);
        if (isInvoke) span?.SetTag("intervisiebot.invoke.name", TurnTelemetry.InvokeTag(activity.Name));

        var started = time.GetTimestamp();
        var response = await RunCoreAsync(queued, isInvoke, cancellationToken).ConfigureAwait(false);
        telemetry.TurnRan(activity.Type);
        LogTurnRan(logger, typeTag, isInvoke ? TurnTelemetry.InvokeTag(activity.Name) : "-", isInvoke ? (response?.Status ?? 500).ToString(System.Globalization.CultureInfo.InvariantCulture) : "done", time.GetElapsedTime(started).TotalMilliseconds);
        if (isInvoke)
        {
            var status = response?.Status ?? StatusCodes.Status500InternalServerError;
            telemetry.InvokeAnswered(activity.Name, status, time.GetElapsedTime(started));
            span?.SetTag("intervisiebot.invoke.status", status);
            if (status >= 500) span?.SetStatus(ActivityStatusCode.Error);
        }
        return response;
    }

    private async Task<InvokeResponse?> RunCoreAsync(QueuedTurn queued, bool isInvoke, CancellationToken cancellationToken)
    {
        var activity = queued.Activity;
        using var logScope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["ActivityId"] = activity.Id,
            ["ActivityType"] = activity.Type,
            ["ConversationId"] = activity.Conversation?.Id,
        });
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(isInvoke ? options.Value.InvokeTimeout : options.Value.BackgroundTurnTimeout);
        await using var scope = scopes.CreateAsyncScope();
        var turn = new TurnContext(activity, queued.Identity, connector, scope.ServiceProvider);
        try
        {
            foreach (var initializer in initializers) await initializer.InitializeAsync(turn, timeout.Token).ConfigureAwait(false);
            return await dispatcher.DispatchAsync(turn, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogTurnFailed(logger, ex.GetType().Name, activity.Type, activity.Name);
            var responder = errorResponders.LastOrDefault();
            if (responder is null) return isInvoke ? new InvokeResponse(500) : null;
            try
            {
                return await responder.RespondAsync(turn, isInvoke, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception inner)
            {
                LogErrorReplyFailed(logger, inner.GetType().Name);
                return isInvoke ? new InvokeResponse(500) : null;
            }
        }
    }

    /// <summary>One line per turn (ids and names only, never text): what a developer watching ./run.sh needs.</summary>
    [LoggerMessage(EventId = 1102, Level = LogLevel.Information, Message = "Turn {ActivityType} {InvokeName} -> {Status} in {ElapsedMs:F0} ms")]
    private static partial void LogTurnRan(ILogger logger, string activityType, string invokeName, string status, double elapsedMs);

    [LoggerMessage(EventId = 1100, Level = LogLevel.Error, Message = "Turn failed with {ExceptionType} (type {ActivityType}, name {InvokeName})")]
    private static partial void LogTurnFailed(ILogger logger, string exceptionType, string? activityType, string? invokeName);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Error, Message = "Could not tell the user about a failed turn ({ExceptionType})")]
    private static partial void LogErrorReplyFailed(ILogger logger, string exceptionType);
}
