using Azure;
using IntervisieBot.Features.Intervisie.Domain;

namespace IntervisieBot.Features.Intervisie.Storage;

/// <summary>A round as loaded from storage: its state (contributions included) plus where it lives and its ETag.</summary>
public sealed record StoredRound(
    string Partition,
    RoundState State,
    string TenantId,
    string ConversationId,
    string TeamPartition,
    string ServiceUrl,
    string? BotId,
    string Locale,
    string? CardActivityId,
    IReadOnlyDictionary<string, string> MemberMris,
    ETag ETag)
{
    public string RoundId => State.SessionId;
}
