using System.Text.Json;
using System.Text.Json.Nodes;
using IntervisieBot.Protocol.Schema;

namespace IntervisieBot.Cards;

/// <summary>
/// Builds actions the way our router expects them. Every Action.Execute carries <c>"verb": verb</c> in its data
/// (next to the payload) and has an Action.Submit fallback with the same data, so a client without Universal
/// Actions sends a message activity whose <c>value.verb</c> dispatches to the same handler.
/// </summary>
public static class CardActions
{
    public const string VerbProperty = "verb";

    /// <param name="title">Button text (localized by the caller).</param>
    /// <param name="verb">Route verb, e.g. <c>intervisie.advance</c>.</param>
    /// <param name="payload">An object (record, anonymous object, dictionary or JsonObject) whose properties
    /// are added to the data; it must not have a <c>verb</c> property of its own.</param>
    /// <param name="associatedInputs">Which inputs travel with the action (default: the client's default).</param>
    public static ExecuteAction Execute(string title, string verb, object? payload = null, AssociatedInputs? associatedInputs = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(verb);

        var data = BuildData(verb, payload);
        return new ExecuteAction
        {
            Title = title,
            Verb = verb,
            Data = data,
            AssociatedInputs = associatedInputs,
            Fallback = new SubmitAction
            {
                Title = title,
                Data = (JsonObject)data.DeepClone(),
                AssociatedInputs = associatedInputs,
            },
        };
    }

    /// <summary>The verb of <see cref="RunCommand"/>: runs a text command as if the user typed it (data: <c>command</c>).</summary>
    public const string RunCommandVerb = "command.run";

    /// <summary>
    /// A button that runs the text command <paramref name="command"/> (an exact command phrase, without arguments) as if
    /// the user typed it. An Action.Execute rather than an imBack: the Agents Playground fails on imBack data
    /// ("Cannot add property msTeams, object is not extensible"), and Execute works in every Teams client.
    /// </summary>
    public static ExecuteAction RunCommand(string title, string command) => Execute(title, RunCommandVerb, new { command });

    /// <summary>
    /// A button that makes the user "say" <paramref name="text"/> in the conversation (Teams <c>imBack</c>), so it
    /// is handled like a typed text command.
    /// </summary>
    public static SubmitAction ImBack(string title, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        return new SubmitAction
        {
            Title = title,
            Data = new JsonObject
            {
                ["msteams"] = new JsonObject { ["type"] = "imBack", ["value"] = text },
            },
        };
    }

    private static JsonObject BuildData(string verb, object? payload)
    {
        var data = new JsonObject { [VerbProperty] = verb };
        if (payload is null)
        {
            return data;
        }

        var node = payload as JsonNode ?? JsonSerializer.SerializeToNode(payload, payload.GetType(), ProtocolJson.Options);
        if (node is not JsonObject properties)
        {
            throw new ArgumentException("An action payload must serialize to a JSON object.", nameof(payload));
        }

        foreach (var (name, value) in properties)
        {
            if (string.Equals(name, VerbProperty, StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException("An action payload must not contain its own 'verb'; pass it as the verb.", nameof(payload));
            }

            data[name] = value?.DeepClone();
        }

        return data;
    }
}
