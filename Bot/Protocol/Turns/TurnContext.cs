using System.Security.Claims;
using IntervisieBot.Protocol.Connector;
using IntervisieBot.Protocol.Schema;

namespace IntervisieBot.Protocol.Turns;

/// <summary>One inbound activity being handled: what arrived, who sent it (validated), and how to answer.</summary>
public sealed class TurnContext
{
    private readonly IConnectorClient _connector;
    private readonly List<DeferredReply> _deferred = [];

    public TurnContext(Activity activity, ClaimsIdentity identity, IConnectorClient connector, IServiceProvider services)
    {
        Activity = activity;
        Identity = identity;
        Services = services;
        _connector = connector;
        Text = MentionText.Strip(activity.Text);
    }

    public Activity Activity { get; }
    public ClaimsIdentity Identity { get; }
    public IServiceProvider Services { get; }

    /// <summary>The message text with Teams mentions removed, HTML entities decoded and whitespace collapsed.</summary>
    public string Text { get; }

    /// <summary>Per-turn values set by an <see cref="ITurnInitializer"/> (keyed by type), e.g. the language to answer in.</summary>
    public IDictionary<Type, object> Items { get; } = new Dictionary<Type, object>();

    /// <summary>The text after the matched command phrase (set by the router for message commands).</summary>
    public string CommandArguments { get; internal set; } = "";

    public string ServiceUrl => Activity.ServiceUrl!;
    public string ConversationId => Activity.Conversation!.Id!;
    public string? TenantId => Activity.TenantId;
    public string? ConversationType => Activity.Conversation?.ConversationType;

    /// <summary>A message addressed back into this conversation, from the bot to the sender.</summary>
    public Activity CreateReply(string? text = null, IReadOnlyList<Attachment>? attachments = null) => new()
    {
        Type = ActivityTypes.Message,
        From = Activity.Recipient,
        Recipient = Activity.From,
        Conversation = Activity.Conversation,
        ReplyToId = Activity.Id,
        Text = text,
        Attachments = attachments,
        Locale = Activity.Locale,
    };

    /// <summary>
    /// Sends a message into this conversation. When the connector still refuses after its retries (429, 5xx, no answer) the
    /// message is kept and delivered later from the durable inbox; the returned id is then null.
    /// </summary>
    public async Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            return await _connector.SendAsync(ServiceUrl, ConversationId, activity, cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectorException e) when (!e.IsPermanent)
        {
            Defer(new DeferredReply(null, activity), e);
            return new ResourceResponse(null);
        }
    }

    /// <summary>Replaces an activity (a card update); kept for later delivery like <see cref="SendAsync"/> when the connector keeps refusing.</summary>
    public async Task<ResourceResponse> UpdateAsync(string activityId, Activity activity, CancellationToken cancellationToken)
    {
        var full = activity with { Id = activityId };
        try
        {
            return await _connector.UpdateAsync(ServiceUrl, ConversationId, activityId, full, cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectorException e) when (!e.IsPermanent)
        {
            Defer(new DeferredReply(activityId, full), e);
            return new ResourceResponse(activityId);
        }
    }

    /// <summary>Replies the connector did not take; the turn's runner stores them in the inbox for later delivery.</summary>
    internal IReadOnlyList<DeferredReply> Deferred
    {
        get { lock (_deferred) return [.. _deferred]; }
    }

    /// <summary>The longest Retry-After the connector asked for on a deferred reply.</summary>
    internal TimeSpan? DeferredRetryAfter { get; private set; }

    private void Defer(DeferredReply reply, ConnectorException cause)
    {
        lock (_deferred)
        {
            _deferred.Add(reply);
            if (cause.RetryAfter is { } wait && (DeferredRetryAfter is null || wait > DeferredRetryAfter)) DeferredRetryAfter = wait;
        }
    }

    public IConnectorClient Connector => _connector;
}
