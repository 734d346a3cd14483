using System.Text.Json;
using IntervisieBot.Protocol.Schema;

namespace IntervisieBot.Protocol.Turns;

/// <summary>The one explicit route table: text commands, card verbs, invokes and conversation events.</summary>
public sealed class RouteTable
{
    private const int MaxCommandWords = 4;
    private readonly Dictionary<string, TurnHandler> _commands;
    private readonly Dictionary<string, CardActionHandler> _cardActions;
    private readonly Dictionary<string, InvokeHandler> _invokes;
    private readonly Dictionary<string, TurnHandler> _events;

    internal RouteTable(RouteTableBuilder builder)
    {
        _commands = new(builder.CommandTable, StringComparer.OrdinalIgnoreCase);
        _cardActions = new(builder.CardActions, StringComparer.Ordinal);
        _invokes = new(builder.Invokes, StringComparer.Ordinal);
        _events = new(builder.Events, StringComparer.Ordinal);
        ConversationUpdates = [.. builder.ConversationUpdates];
        InstallationUpdates = [.. builder.InstallationUpdates];
        UnknownMessage = builder.Fallback!;
    }

    public IReadOnlyList<TurnHandler> ConversationUpdates { get; }
    public IReadOnlyList<TurnHandler> InstallationUpdates { get; }
    public TurnHandler UnknownMessage { get; }
    public IReadOnlyCollection<string> CommandPhrases => _commands.Keys;
    public IReadOnlyCollection<string> CardVerbs => _cardActions.Keys;

    internal static string ComposeExtensionKey(string invokeName, string commandId) => invokeName + "#" + commandId;

    /// <summary>Longest command phrase that the text starts with (followed by end, space or colon).</summary>
    public bool TryMatchCommand(string text, out TurnHandler handler, out string arguments)
    {
        var words = text.Split(' ', MaxCommandWords + 1, StringSplitOptions.RemoveEmptyEntries);
        for (var count = Math.Min(words.Length, MaxCommandWords); count >= 1; count--)
        {
            var candidate = string.Join(' ', words.Take(count)).ToLowerInvariant();
            var trimmedColon = candidate.TrimEnd(':');
            if (_commands.TryGetValue(trimmedColon, out var found))
            {
                handler = found;
                arguments = Remainder(text, count);
                return true;
            }
        }
        // "casus: tekst" where the colon is attached to the first word.
        var colon = text.IndexOf(':');
        if (colon > 0 && _commands.TryGetValue(RouteTableBuilder.Normalize(text[..colon]), out var byColon))
        {
            handler = byColon;
            arguments = text[(colon + 1)..].Trim();
            return true;
        }
        handler = UnknownMessage;
        arguments = text;
        return false;
    }

    public CardActionHandler? FindCardAction(string verb) => _cardActions.GetValueOrDefault(verb);

    /// <summary>The handler of an <c>event</c> activity's name, or null (the event is acknowledged and ignored).</summary>
    public TurnHandler? FindEvent(string? name) => name is null ? null : _events.GetValueOrDefault(name);

    public InvokeHandler? FindInvoke(Activity activity)
    {
        var name = activity.Name ?? "";
        if (name.StartsWith("composeExtension/", StringComparison.Ordinal)
            && activity.Value is { ValueKind: JsonValueKind.Object } value
            && value.TryGetProperty("commandId", out var commandId)
            && commandId.ValueKind == JsonValueKind.String
            && _invokes.TryGetValue(ComposeExtensionKey(name, commandId.GetString()!), out var byCommand))
        {
            return byCommand;
        }
        return _invokes.GetValueOrDefault(name);
    }

    private static string Remainder(string text, int wordCount)
    {
        var rest = text.TrimStart();
        for (var i = 0; i < wordCount; i++)
        {
            var space = rest.IndexOf(' ');
            rest = space < 0 ? "" : rest[(space + 1)..].TrimStart();
        }
        return rest.TrimStart(':').Trim();
    }
}
