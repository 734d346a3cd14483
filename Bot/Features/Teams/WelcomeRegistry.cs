using Azure;
using IntervisieBot.Storage;

namespace IntervisieBot.Features.Teams;

/// <summary>
/// Teams announces one installation with both an installationUpdate and a conversationUpdate; the welcome is sent for
/// whichever arrives first (an atomic insert decides, also across instances). Uninstalling clears the mark.
/// </summary>
public sealed class WelcomeRegistry(TableStore store, TimeProvider time)
{
    public const string TableName = "Welcomes";

    public async Task<bool> TryClaimAsync(string tenantId, string conversationId, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        try
        {
            await table.AddEntityAsync(new WelcomeEntity
            {
                PartitionKey = TableKeys.Encode(tenantId),
                RowKey = TableKeys.Encode(conversationId),
                WelcomedAt = time.GetUtcNow(),
            }, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    public async Task ForgetAsync(string tenantId, string conversationId, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        await table.DeleteEntityAsync(TableKeys.Encode(tenantId), TableKeys.Encode(conversationId), ETag.All, cancellationToken).ConfigureAwait(false);
    }
}
