using System.Text.Json;
using IntervisieBot.Protocol.Schema;

namespace IntervisieBot.Protocol.Turns;

/// <summary>Sends one authenticated activity to its route and turns the result into protocol answers.</summary>
public sealed class TurnDispatcher(RouteTable routes, TurnTelemetry telemetry, IEnumerable<IReplyCardFitter> fitters)
{
    private readonly IReplyCardFitter[] _fitters = [.. fitters];

    public const string CardContentType = Attachment.AdaptiveCardContentType;

    /// <summary>For invokes: the invoke response. For everything else: null (answers go out through the connector).</summary>
    public async Task<InvokeResponse?> DispatchAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await DispatchMessageAsync(turn, cancellationToken).ConfigureAwait(false);
                return null;
            case ActivityTypes.Invoke:
                return await DispatchInvokeAsync(turn, cancellationToken).ConfigureAwait(false);
            case ActivityTypes.ConversationUpdate:
                foreach (var handler in routes.ConversationUpdates) await handler(turn, cancellationToken).ConfigureAwait(false);
                return null;
            case ActivityTypes.InstallationUpdate:
                foreach (var handler in routes.InstallationUpdates) await handler(turn, cancellationToken).ConfigureAwait(false);
                return null;
            case ActivityTypes.Event when routes.FindEvent(activity.Name) is { } onEvent:
                await onEvent(turn, cancellationToken).ConfigureAwait(false);
                return null;
            default:
                return null;
        }
    }

    private async Task DispatchMessageAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        // Action.Submit fallback of an Action.Execute: a message whose value carries the verb.
        if (TryReadSubmitVerb(turn.Activity, out var verb, out var data))
        {
            var handler = routes.FindCardAction(verb);
            if (handler is null)
            {
                await routes.UnknownMessage(turn, cancellationToken).ConfigureAwait(false);
                return;
            }
            telemetry.CardActionHandled(verb, viaInvoke: false);
            var result = await handler(turn, new CardActionRequest(verb, data, ViaInvoke: false), cancellationToken).ConfigureAwait(false);
            await DeliverSubmitResultAsync(turn, result, cancellationToken).ConfigureAwait(false);
            return;
        }

        routes.TryMatchCommand(turn.Text, out var command, out var arguments);
        turn.CommandArguments = arguments;
        await command(turn, cancellationToken).ConfigureAwait(false);
    }

    private object Fit(object card) => _fitters.Aggregate(card, (current, fitter) => fitter.Fit(current));

    private async Task DeliverSubmitResultAsync(TurnContext turn, CardActionResult result, CancellationToken cancellationToken)
    {
        if (result.Card is { } returned)
        {
            var card = Fit(returned);
            var reply = turn.CreateReply(attachments: [new Attachment { ContentType = CardContentType, Content = card }]);
            if (!string.IsNullOrEmpty(turn.Activity.ReplyToId))
                await turn.UpdateAsync(turn.Activity.ReplyToId, reply, cancellationToken).ConfigureAwait(false);
            else
                await turn.SendAsync(reply, cancellationToken).ConfigureAwait(false);
        }
        else if (result.Message is { } message)
        {
            await turn.SendAsync(turn.CreateReply(message), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<InvokeResponse> DispatchInvokeAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.Name == InvokeNames.AdaptiveCardAction)
        {
            if (!TryReadExecuteAction(activity, out var verb, out var data))
                return UniversalActionError(400, "BadRequest", "The action has no verb.");
            var handler = routes.FindCardAction(verb);
            if (handler is null) return new InvokeResponse(501);
            telemetry.CardActionHandled(verb, viaInvoke: true);
            var result = await handler(turn, new CardActionRequest(verb, data, ViaInvoke: true), cancellationToken).ConfigureAwait(false);
            return result.Card is { } card
                ? new InvokeResponse(200, new UniversalActionResponse(200, CardContentType, Fit(card)))
                : new InvokeResponse(200, new UniversalActionResponse(200, "application/vnd.microsoft.activity.message", result.Message ?? ""));
        }

        var invoke = routes.FindInvoke(activity);
        return invoke is null ? new InvokeResponse(501) : await invoke(turn, cancellationToken).ConfigureAwait(false);
    }

    public static InvokeResponse UniversalActionError(int statusCode, string code, string message) =>
        new(200, new UniversalActionResponse(statusCode, "application/vnd.microsoft.error", new ErrorDetail(code, message)));

    private static bool TryReadExecuteAction(Activity activity, out string verb, out JsonElement data)
    {
        verb = "";
        data = default;
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object
            || !action.TryGetProperty("verb", out var verbElement) || verbElement.ValueKind != JsonValueKind.String
            || string.IsNullOrWhiteSpace(verbElement.GetString()))
            return false;
        verb = verbElement.GetString()!;
        data = action.TryGetProperty("data", out var d) ? d : default;
        return true;
    }

    private static bool TryReadSubmitVerb(Activity activity, out string verb, out JsonElement data)
    {
        verb = "";
        data = default;
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty("verb", out var verbElement) || verbElement.ValueKind != JsonValueKind.String
            || string.IsNullOrWhiteSpace(verbElement.GetString()))
            return false;
        verb = verbElement.GetString()!;
        data = value;
        return true;
    }
}
