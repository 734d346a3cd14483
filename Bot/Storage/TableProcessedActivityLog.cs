using Azure;
using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Storage;

/// <summary>Duplicate detection by an insert that fails with 409 when the activity id was seen before (atomic across instances).</summary>
public sealed class TableProcessedActivityLog(TableStore store, TimeProvider time) : IProcessedActivityLog
{
    public async Task<bool> TryMarkProcessedAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableNames.ProcessedActivities, cancellationToken).ConfigureAwait(false);
        var entity = new ProcessedActivityEntity
        {
            PartitionKey = TableKeys.Encode(conversationId),
            RowKey = TableKeys.Encode(activityId),
            ReceivedAt = time.GetUtcNow(),
        };
        try
        {
            await table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }
}
