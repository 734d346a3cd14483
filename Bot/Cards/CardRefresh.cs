using System.Text.Json.Serialization;

namespace IntervisieBot.Cards;

/// <summary>
/// Automatic refresh (Universal Actions): Teams invokes <see cref="Action"/> when a listed user views the card.
/// <see cref="UserIds"/> takes at most 60 MRIs; an empty list turns automatic refresh off (manual refresh only);
/// null refreshes for everyone in conversations of at most 60 members.
/// </summary>
public sealed record CardRefresh
{
    public const int MaxUserIds = 60;

    private readonly IReadOnlyList<string>? _userIds;

    [JsonIgnore] public required ExecuteAction Action { get; init; }

    /// <summary>Written through the polymorphic base so the JSON carries <c>"type": "Action.Execute"</c>.</summary>
    [JsonPropertyName("action"), JsonInclude] private CardAction ActionJson => Action;

    [JsonPropertyName("userIds")]
    public IReadOnlyList<string>? UserIds
    {
        get => _userIds;
        init => _userIds = value is { Count: > MaxUserIds }
            ? throw new ArgumentException(
                $"Adaptive Card refresh takes at most {MaxUserIds} user ids; got {value.Count}.", nameof(value))
            : value;
    }
}
