using System.Security.Claims;
using IntervisieBot.Protocol.Connector;
using IntervisieBot.Protocol.Schema;

namespace IntervisieBot.Protocol.Turns;

/// <summary>One inbound activity being handled: what arrived, who sent it (validated), and how to answer.</summary>
public sealed class TurnContext
{
    private readonly IConnectorClient _connector;

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

    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken) =>
        _connector.SendAsync(ServiceUrl, ConversationId, activity, cancellationToken);

    public Task<ResourceResponse> UpdateAsync(string activityId, Activity activity, CancellationToken cancellationToken) =>
        _connector.UpdateAsync(ServiceUrl, ConversationId, activityId, activity with { Id = activityId }, cancellationToken);

    public IConnectorClient Connector => _connector;
}
