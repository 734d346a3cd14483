using System.Security.Cryptography;
using System.Text;
using IntervisieBot.Features.Intervisie.Cards;
using IntervisieBot.Features.Intervisie.Domain;
using IntervisieBot.Features.Intervisie.Storage;
using IntervisieBot.Localization;

namespace IntervisieBot.Features.Intervisie.Handlers;

/// <summary>
/// Opening a round for taking part: <c>start intervisie</c> and a planned series' session (<see cref="IRoundStarter"/>) both
/// go through <see cref="OpenAsync(RoundEntity, string, string, string?, CancellationToken)"/>, so both gather with "Ik doe
/// mee", ask a new group's agreement and claim the conversation the same way.
/// </summary>
public sealed class RoundOpener(RoundService rounds, RoundEngine engine, GroupAgreementStore agreements) : IRoundStarter
{
    /// <summary>What opening gave: the round opened, or the round already running there (<see cref="Round"/> null when it ended meanwhile), or a refusal.</summary>
    public sealed record Opening(RoundOpeningKind Kind, StoredRound? Round);

    public enum RoundOpeningKind { Opened, AlreadyActive, Refused }

    /// <summary>Opens a gathering round in <paramref name="meta"/>'s conversation unless one is active there.</summary>
    public async Task<Opening> OpenAsync(RoundEntity meta, string roundId, string startedBy, string? methodId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meta);
        if (await rounds.Repository.GetActiveRoundIdAsync(meta.PartitionKey, cancellationToken).ConfigureAwait(false) is { } activeId)
        {
            return new Opening(RoundOpeningKind.AlreadyActive, await rounds.Repository.LoadAsync(meta.PartitionKey, activeId, cancellationToken).ConfigureAwait(false));
        }

        var newGroup = !await agreements.AnyInAsync(meta.PartitionKey, cancellationToken).ConfigureAwait(false);
        if (engine.Decide(null, new OpenRound(roundId, RoundKeys.ConversationKey(meta.TenantId, meta.ConversationId), startedBy, newGroup, methodId)) is not RoundAccepted opened)
        {
            return new Opening(RoundOpeningKind.Refused, null);
        }

        var stored = await rounds.Repository.CreateAsync(meta, opened.State, cancellationToken).ConfigureAwait(false);
        return stored is null ? new Opening(RoundOpeningKind.AlreadyActive, null) : new Opening(RoundOpeningKind.Opened, stored);
    }

    public async Task<RoundStartResult> OpenAsync(RoundStartRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var culture = BotCulture.FromLocale(request.Locale);
        var partition = RoundKeys.Partition(request.TenantId, request.ConversationId);
        var roundId = RoundIdFor(request.OpeningKey);
        if (await rounds.Repository.LoadAsync(partition, roundId, cancellationToken).ConfigureAwait(false) is { } earlier)
        {
            // Opened by an earlier attempt (a retried delivery): that round's card again, never a second round.
            return new RoundStartResult(roundId, await rounds.BuildCardAsync(earlier, RoundViewer.Everyone, culture, null, cancellationToken).ConfigureAwait(false));
        }

        var meta = new RoundEntity
        {
            PartitionKey = partition,
            TenantId = request.TenantId,
            ConversationId = request.ConversationId,
            TeamPartition = request.TeamPartition,
            ServiceUrl = request.ServiceUrl,
            Locale = culture.Name,
            MembersJson = RoundStateJson.SerializeMembers(request.Members.Where(m => m.Mri is not null).DistinctBy(m => m.Key).ToDictionary(m => m.Key, m => m.Mri!, StringComparer.Ordinal)),
        };
        var opening = await OpenAsync(meta, roundId, request.StartedBy, request.MethodId, cancellationToken).ConfigureAwait(false);
        return opening.Kind switch
        {
            RoundOpeningKind.Opened => new RoundStartResult(roundId, await rounds.BuildCardAsync(opening.Round!, RoundViewer.Everyone, culture, null, cancellationToken).ConfigureAwait(false)),
            RoundOpeningKind.AlreadyActive => new RoundStartResult(null, IntervisieRoutes.AlreadyActive(culture, opening.Round?.RoundId)),
            _ => new RoundStartResult(null, IntervisieRoutes.RefusalCard(culture, RefusalReason.InvalidCommand)),
        };
    }

    public Task CardPostedAsync(string tenantId, string conversationId, string roundId, string activityId, CancellationToken cancellationToken) =>
        rounds.Repository.SetCardActivityIdAsync(RoundKeys.Partition(tenantId, conversationId), roundId, activityId, cancellationToken);

    /// <summary>The round id an opening key always gives (a <c>Guid "N"</c>, as every round id).</summary>
    public static string RoundIdFor(string openingKey) =>
        new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(openingKey)).AsSpan(0, 16)).ToString("N");
}
