namespace IntervisieBot.Features.Intervisie;

/// <summary>
/// A round to open in a conversation. <paramref name="OpeningKey"/> names the occasion (e.g. a planned session): the same
/// key opens the same round, so a retried delivery posts that round's card again instead of a second round.
/// <paramref name="Members"/>: the conversation's members (user key, name, Teams id) for private nudges;
/// <paramref name="MethodId"/>: the method preselected on the card.
/// </summary>
public sealed record RoundStartRequest(
    string TenantId,
    string ConversationId,
    string TeamPartition,
    string ServiceUrl,
    string Locale,
    string StartedBy,
    IReadOnlyList<(string Key, string Name, string? Mri)> Members,
    string OpeningKey,
    string? MethodId = null);
