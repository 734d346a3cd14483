using IntervisieBot.Features.Intervisie.Storage;
using IntervisieBot.Privacy.Retention;

namespace IntervisieBot.Features.Intervisie.Storage;

/// <summary>Session texts (casus, questions, analyses, advice) are deleted <c>Retention:SessionTextDays</c> after a round ended.</summary>
public sealed class IntervisieRetention(RoundTextEraser eraser) : IRetentionParticipant
{
    public string Name => "intervisie-rounds";

    public Task<int> PurgeExpiredAsync(DateTimeOffset now, RetentionOptions options, CancellationToken cancellationToken) =>
        eraser.PurgeClosedBeforeAsync(now.AddDays(-options.SessionTextDays), now, cancellationToken);
}
