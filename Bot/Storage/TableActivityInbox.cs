using System.Security.Claims;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using IntervisieBot.Protocol.Schema;
using IntervisieBot.Protocol.Turns;
using Microsoft.Extensions.Options;

namespace IntervisieBot.Storage;

/// <summary>
/// The durable inbox in Azure Tables: one row per activity (PartitionKey the conversation, RowKey the activity id), so the
/// insert that stores a message is also its de-dup marker. A message costs two writes: the insert before the 200 and the
/// done mark after its reply (which drops the text and keeps the ids). Leases are ETag-conditional, like the reminder outbox.
/// </summary>
public sealed class TableActivityInbox : IActivityInbox
{
    private const int ChunkBytes = 64 * 1024;
    private const string Body = "Body";
    private const string Replies = "Replies";

    private readonly TableStore _store;
    private readonly TurnOptions _options;
    private readonly TimeProvider _time;
    private readonly DateTimeOffset _started;

    /// <param name="time">Wall-clock by default: leases are about processes and outages, not about the features' clock (which tests move).</param>
    public TableActivityInbox(TableStore store, IOptions<TurnOptions> options, TimeProvider? time = null)
    {
        _store = store;
        _options = options.Value;
        _time = time ?? TimeProvider.System;
        _started = _time.GetUtcNow();
        InstanceId = string.IsNullOrWhiteSpace(_options.InstanceId)
            ? $"{Environment.MachineName}-{Guid.NewGuid().ToString("N")[..8]}"
            : _options.InstanceId;
    }

    public string InstanceId { get; }

    public async Task<InboxAdmission> AdmitAsync(InboxEnvelope envelope, CancellationToken cancellationToken)
    {
        var table = await _store.GetTableAsync(TableNames.Inbox, cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        var row = new TableEntity(TableKeys.Encode(envelope.ConversationId), TableKeys.Encode(envelope.ActivityId ?? "g-" + Guid.NewGuid().ToString("N")))
        {
            [nameof(InboxStatus)] = nameof(InboxStatus.Received),
            ["ActivityType"] = envelope.ActivityType,
            ["ReceivedAt"] = now,
            ["Attempts"] = 1,
            ["Identity"] = WriteIdentity(envelope.Identity),
        };
        Lease(row, now);
        WriteChunks(row, Body, envelope.Body);
        try
        {
            var added = await table.AddEntityAsync(row, cancellationToken).ConfigureAwait(false);
            return new InboxAdmission(InboxVerdict.Admitted, Ticket(row, added.Headers.ETag));
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Seen before: finished, running elsewhere, or abandoned by a crash (then it is ours to run now).
            var existing = await table.GetEntityIfExistsAsync<TableEntity>(row.PartitionKey, row.RowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (!existing.HasValue || existing.Value is not { } stored) return new InboxAdmission(InboxVerdict.InProgress, null);
            var status = StatusOf(stored);
            if (status is InboxStatus.Done or InboxStatus.Failed) return new InboxAdmission(InboxVerdict.Duplicate, null);
            if (status != InboxStatus.Received || !IsAbandoned(stored, now)) return new InboxAdmission(InboxVerdict.InProgress, null);
            var claimed = await TryClaimAsync(table, stored, now, cancellationToken).ConfigureAwait(false);
            return claimed is null ? new InboxAdmission(InboxVerdict.InProgress, null) : new InboxAdmission(InboxVerdict.Admitted, claimed.Ticket);
        }
    }

    public async Task<InboxTicket?> RecordInvokeAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var table = await _store.GetTableAsync(TableNames.Inbox, cancellationToken).ConfigureAwait(false);
        var row = new TableEntity(TableKeys.Encode(conversationId), TableKeys.Encode(activityId))
        {
            [nameof(InboxStatus)] = nameof(InboxStatus.Done),
            ["ActivityType"] = ActivityTypes.Invoke,
            ["ReceivedAt"] = _time.GetUtcNow(),
            ["FinishedAt"] = _time.GetUtcNow(), // as far as the inbox goes: its answer is the HTTP response
            ["Attempts"] = 1,
        };
        try
        {
            var added = await table.AddEntityAsync(row, cancellationToken).ConfigureAwait(false);
            return Ticket(row, added.Headers.ETag);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return null;
        }
    }

    public async Task CompleteAsync(InboxTicket ticket, InboxCompletion completion, CancellationToken cancellationToken)
    {
        var table = await _store.GetTableAsync(TableNames.Inbox, cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        if (completion is InboxCompletion.Retry retry)
        {
            // Keep the activity (a merge touches only these properties); anyone may take it again once NotBefore has passed.
            var release = new TableEntity(ticket.PartitionKey, ticket.RowKey)
            {
                ["Owner"] = "",
                ["LeaseUntil"] = retry.NotBefore,
                ["Reason"] = retry.Reason,
            };
            await table.UpdateEntityAsync(release, new ETag(ticket.ETag), TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
            return;
        }

        // Done, failed or replies waiting: the activity's text is dropped; ids, times and a reason code stay.
        var row = new TableEntity(ticket.PartitionKey, ticket.RowKey)
        {
            ["Attempts"] = ticket.Attempts,
            ["FinishedAt"] = now,
        };
        switch (completion)
        {
            case InboxCompletion.Done:
                row[nameof(InboxStatus)] = nameof(InboxStatus.Done);
                break;
            case InboxCompletion.Failed failed:
                row[nameof(InboxStatus)] = nameof(InboxStatus.Failed);
                row["Reason"] = failed.Reason;
                break;
            case InboxCompletion.Deferred deferred:
                row[nameof(InboxStatus)] = nameof(InboxStatus.Deferred);
                row["Owner"] = "";
                row["LeaseUntil"] = deferred.NotBefore;
                row["ServiceUrl"] = deferred.ServiceUrl;
                // The text and the sender's claims are gone; only the binding that lets the replies go out stays.
                if (deferred.BoundServiceUrl is { } bound)
                    row["Identity"] = WriteIdentity(new ClaimsIdentity([new Claim(Protocol.Auth.InboundAuthClaims.BoundServiceUrl, bound)]));
                WriteChunks(row, Replies, JsonSerializer.SerializeToUtf8Bytes(deferred.Replies, ProtocolJson.Options));
                break;
        }
        await table.UpdateEntityAsync(row, new ETag(ticket.ETag), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<InboxClaim>> ClaimAbandonedAsync(int max, CancellationToken cancellationToken)
    {
        var table = await _store.GetTableAsync(TableNames.Inbox, cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        var filter = TableClient.CreateQueryFilter(
            $"(InboxStatus eq {nameof(InboxStatus.Received)} or InboxStatus eq {nameof(InboxStatus.Deferred)}) and (LeaseUntil le {now} or (Owner eq {InstanceId} and ClaimedAt lt {_started}))");
        var claims = new List<InboxClaim>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (await TryClaimAsync(table, row, now, cancellationToken).ConfigureAwait(false) is { } claim) claims.Add(claim);
            if (claims.Count >= max) break;
        }
        return claims;
    }

    /// <summary>Deletes finished rows (done, failed: ids only) finished before <paramref name="before"/>; returns how many.</summary>
    public async Task<int> PurgeFinishedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        var table = await _store.GetTableAsync(TableNames.Inbox, cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter(
            $"(InboxStatus eq {nameof(InboxStatus.Done)} or InboxStatus eq {nameof(InboxStatus.Failed)}) and FinishedAt lt {before}");
        var deleted = 0;
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            try
            {
                await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, row.ETag, cancellationToken).ConfigureAwait(false);
                deleted++;
            }
            catch (RequestFailedException e) when (e.Status is 404 or 412)
            {
                // Gone already, or changed since the query: leave it for the next run.
            }
        }
        return deleted;
    }

    /// <summary>Leases the row as read (its ETag) to this instance and counts the attempt; null when someone else changed it first.</summary>
    private async Task<InboxClaim?> TryClaimAsync(TableClient table, TableEntity row, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var attempts = (row.GetInt32("Attempts") ?? 0) + 1;
        row["Attempts"] = attempts;
        Lease(row, now);
        try
        {
            var updated = await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            var replies = ReadChunks(row, Replies) is { Length: > 0 } json
                ? JsonSerializer.Deserialize<List<DeferredReply>>(json, ProtocolJson.Options) ?? []
                : [];
            return new InboxClaim(Ticket(row, updated.Headers.ETag), ReadChunks(row, Body), ReadIdentity(row.GetString("Identity")),
                row.GetString("ServiceUrl") ?? "", replies, attempts > _options.MaxAttempts);
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return null;
        }
    }

    private bool IsAbandoned(TableEntity row, DateTimeOffset now) =>
        row.GetDateTimeOffset("LeaseUntil") is not { } until || until <= now
        || (row.GetString("Owner") == InstanceId && row.GetDateTimeOffset("ClaimedAt") < _started);

    private void Lease(TableEntity row, DateTimeOffset now)
    {
        row["Owner"] = InstanceId;
        row["ClaimedAt"] = now;
        row["LeaseUntil"] = now + _options.InboxLease;
    }

    private static InboxTicket Ticket(TableEntity row, ETag? etag) =>
        new(row.PartitionKey, row.RowKey, etag?.ToString() ?? "*", row.GetInt32("Attempts") ?? 1);

    private static InboxStatus StatusOf(TableEntity row) =>
        Enum.TryParse<InboxStatus>(row.GetString(nameof(InboxStatus)), out var status) ? status : InboxStatus.Received;

    /// <summary>Binary properties of at most 64 KiB each (the Table service's limit per property): Body0, Body1, …</summary>
    private static void WriteChunks(TableEntity row, string name, byte[] bytes)
    {
        for (int i = 0, offset = 0; offset < bytes.Length; i++, offset += ChunkBytes)
            row[name + i] = bytes.AsSpan(offset, Math.Min(ChunkBytes, bytes.Length - offset)).ToArray();
    }

    private static byte[] ReadChunks(TableEntity row, string name)
    {
        using var buffer = new MemoryStream();
        for (var i = 0; row.GetBinary(name + i) is { } chunk; i++) buffer.Write(chunk);
        return buffer.ToArray();
    }

    private static string WriteIdentity(ClaimsIdentity identity) => JsonSerializer.Serialize(new StoredIdentity(
        identity.AuthenticationType, [.. identity.Claims.Select(c => new[] { c.Type, c.Value })]));

    private static ClaimsIdentity ReadIdentity(string? json)
    {
        var stored = json is null ? null : JsonSerializer.Deserialize<StoredIdentity>(json);
        return stored is null
            ? new ClaimsIdentity()
            : new ClaimsIdentity(stored.Claims.Where(c => c.Length == 2).Select(c => new Claim(c[0], c[1])), stored.AuthenticationType);
    }

    private sealed record StoredIdentity(string? AuthenticationType, string[][] Claims);

    private enum InboxStatus
    {
        Received,
        Deferred,
        Done,
        Failed,
    }
}
