using System.Text.Json;

namespace IntervisieBot.Protocol.Turns;

/// <summary>An Action.Execute invoke, or its Action.Submit fallback message: the verb and the card's data merged with inputs.</summary>
public sealed record CardActionRequest(string Verb, JsonElement Data, bool ViaInvoke)
{
    public string? GetString(string name) =>
        Data.ValueKind == JsonValueKind.Object && Data.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}

/// <summary>What a card action produces: a card that replaces the clicked one, or a short message.</summary>
public sealed record CardActionResult
{
    private CardActionResult() { }

    /// <summary>A serializable Adaptive Card (replaces the card the user clicked).</summary>
    public object? Card { get; private init; }

    /// <summary>A short message shown to the user instead of a new card.</summary>
    public string? Message { get; private init; }

    public static CardActionResult ReplaceCard(object card) => new() { Card = card };
    public static CardActionResult ShowMessage(string message) => new() { Message = message };
}
