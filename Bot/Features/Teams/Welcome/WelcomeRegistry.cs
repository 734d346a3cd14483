using Azure;
using Azure.Data.Tables;
using IntervisieBot.Storage;

namespace IntervisieBot.Features.Teams.Welcome;

/// <summary>
/// Teams announces one installation with both an installationUpdate and a conversationUpdate; the welcome is sent for
/// whichever arrives first (an atomic insert decides, also across instances). Uninstalling clears the mark.
/// </summary>
public sealed class WelcomeRegistry(TableStore store, TimeProvider time)
{

    public async Task<bool> TryClaimAsync(string tenantId, string conversationId, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableNames.Welcomes, cancellationToken).ConfigureAwait(false);
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

    /// <summary>Forgets that the conversation was welcomed; true when it had been.</summary>
    public async Task<bool> ForgetAsync(string tenantId, string conversationId, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableNames.Welcomes, cancellationToken).ConfigureAwait(false);
        var response = await table.DeleteEntityAsync(TableKeys.Encode(tenantId), TableKeys.Encode(conversationId), ETag.All, cancellationToken).ConfigureAwait(false);
        return response.Status != 404;
    }

    public async Task<bool> WasWelcomedAsync(string tenantId, string conversationId, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableNames.Welcomes, cancellationToken).ConfigureAwait(false);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Encode(tenantId), TableKeys.Encode(conversationId), select: ["PartitionKey"], cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue;
    }
}
