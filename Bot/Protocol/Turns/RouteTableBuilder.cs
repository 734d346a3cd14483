namespace IntervisieBot.Protocol.Turns;

/// <summary>
/// Collects routes explicitly. Ambiguity is a startup error: the same command phrase, card verb, invoke name or
/// messaging-extension command registered twice throws when the table is built.
/// </summary>
public sealed class RouteTableBuilder
{
    private readonly List<string> _errors = [];
    internal Dictionary<string, TurnHandler> CommandTable { get; } = new(StringComparer.OrdinalIgnoreCase);
    internal Dictionary<string, CardActionHandler> CardActions { get; } = new(StringComparer.Ordinal);
    internal Dictionary<string, InvokeHandler> Invokes { get; } = new(StringComparer.Ordinal);
    internal Dictionary<string, TurnHandler> Events { get; } = new(StringComparer.Ordinal);
    internal List<TurnHandler> ConversationUpdates { get; } = [];
    internal List<TurnHandler> InstallationUpdates { get; } = [];
    internal TurnHandler? Fallback { get; private set; }

    /// <summary>A text command; matches when the message (mentions stripped) is the phrase or starts with it followed by a space or colon.</summary>
    public RouteTableBuilder Command(string phrase, TurnHandler handler)
    {
        var key = Normalize(phrase);
        if (key.Length == 0) _errors.Add("Empty command phrase.");
        else if (!CommandTable.TryAdd(key, handler)) _errors.Add($"Command '{key}' is registered twice.");
        return this;
    }

    public RouteTableBuilder Commands(IEnumerable<string> phrases, TurnHandler handler)
    {
        foreach (var phrase in phrases) Command(phrase, handler);
        return this;
    }

    /// <summary>The handler for messages that match no command (exactly one).</summary>
    public RouteTableBuilder UnknownMessage(TurnHandler handler)
    {
        if (Fallback is not null) _errors.Add("More than one unknown-message handler.");
        Fallback = handler;
        return this;
    }

    /// <summary>An Action.Execute verb (<c>adaptiveCard/action</c>), also reached by the Action.Submit fallback carrying <c>verb</c>.</summary>
    public RouteTableBuilder CardAction(string verb, CardActionHandler handler)
    {
        if (string.IsNullOrWhiteSpace(verb)) _errors.Add("Empty card verb.");
        else if (!CardActions.TryAdd(verb, handler)) _errors.Add($"Card verb '{verb}' is registered twice.");
        return this;
    }

    /// <summary>Any other invoke by name (e.g. <c>task/fetch</c>).</summary>
    public RouteTableBuilder Invoke(string name, InvokeHandler handler)
    {
        if (name == InvokeNames.AdaptiveCardAction) _errors.Add("Register card actions with CardAction(verb, …).");
        else if (!Invokes.TryAdd(name, handler)) _errors.Add($"Invoke '{name}' is registered twice.");
        return this;
    }

    /// <summary>A messaging-extension invoke (<c>composeExtension/*</c>) for one command id.</summary>
    public RouteTableBuilder ComposeExtension(string invokeName, string commandId, InvokeHandler handler)
    {
        if (!invokeName.StartsWith("composeExtension/", StringComparison.Ordinal)) _errors.Add($"'{invokeName}' is not a composeExtension invoke.");
        else if (!Invokes.TryAdd(RouteTable.ComposeExtensionKey(invokeName, commandId), handler)) _errors.Add($"Messaging-extension '{invokeName}' '{commandId}' is registered twice.");
        return this;
    }

    /// <summary>An <c>event</c> activity by name (e.g. <c>application/vnd.microsoft.meetingStart</c>); events of other names are ignored.</summary>
    public RouteTableBuilder Event(string name, TurnHandler handler)
    {
        if (string.IsNullOrWhiteSpace(name)) _errors.Add("Empty event name.");
        else if (!Events.TryAdd(name, handler)) _errors.Add($"Event '{name}' is registered twice.");
        return this;
    }

    public RouteTableBuilder ConversationUpdate(TurnHandler handler)
    {
        ConversationUpdates.Add(handler);
        return this;
    }

    public RouteTableBuilder InstallationUpdate(TurnHandler handler)
    {
        InstallationUpdates.Add(handler);
        return this;
    }

    public RouteTable Build()
    {
        if (Fallback is null) _errors.Add("No unknown-message handler registered.");
        if (_errors.Count > 0) throw new InvalidOperationException("Invalid route table: " + string.Join(" ", _errors));
        return new RouteTable(this);
    }

    internal static string Normalize(string phrase) => string.Join(' ', phrase.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
