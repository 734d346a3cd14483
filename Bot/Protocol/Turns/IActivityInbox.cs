using System.Security.Claims;
using IntervisieBot.Protocol.Schema;

namespace IntervisieBot.Protocol.Turns;

/// <summary>
/// Durable intake: an activity is acknowledged only once it is stored here. The insert of its row is also its de-dup marker
/// (one write); the row is leased to the instance that acknowledged it, which runs the turn at once and then marks the row
/// done (the second write). Any instance takes over rows whose lease ran out (a crash) and runs them; after too many
/// attempts the user is told and a text-free record is kept.
/// </summary>
public interface IActivityInbox
{
    /// <summary>This instance's name on the leases it holds.</summary>
    string InstanceId { get; }

    /// <summary>
    /// Stores a message or event (its raw body and validated identity), leased to this instance. For an id seen before:
    /// <see cref="InboxVerdict.Duplicate"/> when its turn finished, <see cref="InboxVerdict.Admitted"/> again when its turn did
    /// not finish and nobody holds it (it is run, not dropped), <see cref="InboxVerdict.InProgress"/> while another lease holds it.
    /// </summary>
    Task<InboxAdmission> AdmitAsync(InboxEnvelope envelope, CancellationToken cancellationToken);

    /// <summary>
    /// Records an invoke's id as done before it runs (de-dup only: its answer goes back in the HTTP response, so a lost
    /// invoke is retried by the user, not by us). Null when the id was seen before.
    /// </summary>
    Task<InboxTicket?> RecordInvokeAsync(string conversationId, string activityId, CancellationToken cancellationToken);

    /// <summary>Finishes a turn: done, failed (text-free record), replies to deliver later, or another attempt later.</summary>
    Task CompleteAsync(InboxTicket ticket, InboxCompletion completion, CancellationToken cancellationToken);

    /// <summary>Leases up to <paramref name="max"/> rows whose lease ran out (or that this instance held before it restarted).</summary>
    Task<IReadOnlyList<InboxClaim>> ClaimAbandonedAsync(int max, CancellationToken cancellationToken);
}

/// <summary>What the endpoint stores: the raw activity as received and who sent it (validated).</summary>
public sealed record InboxEnvelope(string ConversationId, string? ActivityId, string? ActivityType, byte[] Body, ClaimsIdentity Identity);

/// <summary>A lease on one inbox row: which row, the version this instance wrote, the attempt it is.</summary>
public sealed record InboxTicket(string PartitionKey, string RowKey, string ETag, int Attempts);

public enum InboxVerdict
{
    /// <summary>Stored and leased to this instance: run it now.</summary>
    Admitted,

    /// <summary>Seen before and finished: nothing to do.</summary>
    Duplicate,

    /// <summary>Seen before, not finished, leased by someone else (or its replies wait for delivery): they finish it.</summary>
    InProgress,
}

public sealed record InboxAdmission(InboxVerdict Verdict, InboxTicket? Ticket);

/// <summary>A reply the connector could not take (after its retries); delivered later from the inbox row.</summary>
/// <param name="ActivityId">For an update (PUT) of an existing activity; null for a new message.</param>
public sealed record DeferredReply(string? ActivityId, Activity Activity);

/// <summary>An abandoned row taken over by this instance.</summary>
/// <param name="Body">The activity as received; empty when only replies remain.</param>
/// <param name="Replies">Replies still to deliver (the turn itself already ran).</param>
/// <param name="Exhausted">True when the row has used up its attempts: tell the user and keep a text-free record.</param>
public sealed record InboxClaim(InboxTicket Ticket, byte[] Body, ClaimsIdentity Identity, string ServiceUrl, IReadOnlyList<DeferredReply> Replies, bool Exhausted);

/// <summary>How a turn ended, as the inbox records it.</summary>
public abstract record InboxCompletion
{
    /// <summary>Answered: keep only the ids (the de-dup marker), drop the text.</summary>
    public sealed record Done : InboxCompletion;

    /// <summary>Given up (the user was told): a text-free record with a reason code.</summary>
    public sealed record Failed(string Reason) : InboxCompletion;

    /// <summary>The turn ran but these replies could not be delivered yet: deliver them from <paramref name="NotBefore"/>.</summary>
    /// <param name="BoundServiceUrl">The serviceUrl the turn's inbound credential bound, kept with the waiting replies so that
    /// another instance (or this one after a restart) may deliver them there and nowhere else.</param>
    public sealed record Deferred(IReadOnlyList<DeferredReply> Replies, string ServiceUrl, DateTimeOffset NotBefore, string? BoundServiceUrl = null) : InboxCompletion;

    /// <summary>A transient failure (storage, connector, timeout): run the turn again from <paramref name="NotBefore"/>.</summary>
    public sealed record Retry(string Reason, DateTimeOffset NotBefore) : InboxCompletion;
}
