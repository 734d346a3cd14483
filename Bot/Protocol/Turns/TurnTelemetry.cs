using System.Diagnostics;
using System.Diagnostics.Metrics;
using IntervisieBot.Protocol.Schema;

namespace IntervisieBot.Protocol.Turns;

/// <summary>
/// Traces and metrics of turns under the name <see cref="Name"/> (one <see cref="ActivitySource"/>, one meter per service
/// provider): turns by activity type, card actions by verb, invoke durations. Tags carry only protocol vocabulary and our own
/// route names, never ids or text, so their cardinality stays small.
/// </summary>
public sealed class TurnTelemetry
{
    public const string Name = "IntervisieBot";

    /// <summary>Spans for turns (<c>turn message</c>, <c>turn invoke</c>, ...); a background turn links to the request that queued it.</summary>
    public static readonly ActivitySource ActivitySource = new(Name);

    private static readonly HashSet<string> KnownTypes =
    [
        ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.InstallationUpdate, ActivityTypes.Invoke,
        ActivityTypes.MessageReaction, ActivityTypes.MessageUpdate, ActivityTypes.MessageDelete, ActivityTypes.Typing, ActivityTypes.Event,
    ];

    private static readonly HashSet<string> KnownInvokes =
    [
        InvokeNames.AdaptiveCardAction, InvokeNames.ComposeExtensionQuery, InvokeNames.ComposeExtensionSelectItem,
        InvokeNames.ComposeExtensionFetchTask, InvokeNames.ComposeExtensionSubmitAction, InvokeNames.TaskFetch, InvokeNames.TaskSubmit,
    ];

    private readonly Counter<long> _turns;
    private readonly Counter<long> _cardActions;
    private readonly Histogram<double> _invokeDuration;
    private readonly Histogram<long> _storageRequests;

    public TurnTelemetry(IMeterFactory meterFactory)
    {
        Meter = meterFactory.Create(Name);
        _turns = Meter.CreateCounter<long>("intervisiebot.turns", "{turn}", "Turns run, by activity type.");
        _cardActions = Meter.CreateCounter<long>("intervisiebot.card_actions", "{action}", "Card actions handled, by verb and by how they arrived (invoke or submit).");
        _invokeDuration = Meter.CreateHistogram<double>("intervisiebot.invoke.duration", "s", "Time to answer an invoke, by invoke name and status.");
        _storageRequests = Meter.CreateHistogram<long>("intervisiebot.turn.storage_requests", "{request}",
            "Storage requests one turn made, its durable intake, de-dup and completion mark included, by activity type.");
    }

    /// <summary>The meter instance (one per service provider), so a listener can tell it from other providers' meters.</summary>
    public Meter Meter { get; }

    /// <summary>The activity type as a tag value: the known protocol types, or <c>other</c>.</summary>
    public static string TypeTag(string? activityType) => activityType is not null && KnownTypes.Contains(activityType) ? activityType : "other";

    /// <summary>The invoke name as a tag value: the known invoke names, or <c>other</c>.</summary>
    public static string InvokeTag(string? invokeName) => invokeName is not null && KnownInvokes.Contains(invokeName) ? invokeName : "other";

    internal void TurnRan(string? activityType) =>
        _turns.Add(1, new KeyValuePair<string, object?>("activity.type", TypeTag(activityType)));

    /// <summary>A card action with a verb that has a route (unknown verbs are not counted, so a client cannot invent tag values).</summary>
    internal void CardActionHandled(string verb, bool viaInvoke) =>
        _cardActions.Add(1, new KeyValuePair<string, object?>("verb", verb), new KeyValuePair<string, object?>("via", viaInvoke ? "invoke" : "submit"));

    internal void StorageRequestsUsed(string? activityType, int requests) =>
        _storageRequests.Record(requests, new KeyValuePair<string, object?>("activity.type", TypeTag(activityType)));

    internal void InvokeAnswered(string? invokeName, int status, TimeSpan elapsed) =>
        _invokeDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("invoke.name", InvokeTag(invokeName)), new KeyValuePair<string, object?>("status", status));
}
