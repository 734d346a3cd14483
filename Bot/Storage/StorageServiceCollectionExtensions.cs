using Azure.Data.Tables;
using Azure.Identity;
using Microsoft.Extensions.Options;

namespace IntervisieBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>The local default when nothing is configured: Azurite on its standard table port (started by run.sh).</summary>
    public const string DevelopmentConnectionString = "UseDevelopmentStorage=true";

    public static IServiceCollection AddTableStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TableStorageOptions>()
            .Bind(configuration.GetSection(TableStorageOptions.Section))
            .Validate(o => o.TablePrefix.All(char.IsAsciiLetterOrDigit), "Storage:TablePrefix may only contain letters and digits.")
            .Validate(o => o.TableEndpoint is null || Uri.TryCreate(o.TableEndpoint, UriKind.Absolute, out _), "Storage:TableEndpoint must be an absolute URI.")
            .Validate(o => o.RequestTimeout > TimeSpan.Zero && o.ProbeTimeout > TimeSpan.Zero && o.MaxRetries >= 0, "Storage:RequestTimeout and ProbeTimeout must be positive, MaxRetries not negative.")
            .ValidateOnStart();

        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<TableStorageOptions>>().Value;
            var recreate = new RecreateMissingTablePolicy();
            var clientOptions = ClientOptions(options, recreate);
            var connectionString = configuration.GetConnectionString("Tables");
            TableServiceClient service;
            if (!string.IsNullOrWhiteSpace(connectionString)) service = new TableServiceClient(connectionString, clientOptions);
            else if (!string.IsNullOrWhiteSpace(options.TableEndpoint))
            {
                var credential = string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
                    ? new DefaultAzureCredential()
                    : new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = options.ManagedIdentityClientId });
                service = new TableServiceClient(new Uri(options.TableEndpoint), credential, clientOptions);
            }
            else service = new TableServiceClient(DevelopmentConnectionString, clientOptions);
            recreate.Attach((table, cancellationToken) => service.CreateTableIfNotExistsAsync(table, cancellationToken));
            return service;
        });
        services.AddSingleton<TableStore>();
        services.AddSingleton<IntervisieBot.Protocol.Turns.IConversationReferenceStore, TableConversationReferenceStore>();
        services.AddSingleton(sp => new TableActivityInbox(sp.GetRequiredService<TableStore>(), sp.GetRequiredService<IOptions<IntervisieBot.Protocol.Turns.TurnOptions>>()));
        services.AddSingleton<IntervisieBot.Protocol.Turns.IActivityInbox>(sp => sp.GetRequiredService<TableActivityInbox>());
        return services;
    }

    /// <summary>
    /// Every storage call is bounded (short per-request timeout, few quick retries), counted per turn, and finds its table
    /// again when storage came back empty.
    /// </summary>
    private static TableClientOptions ClientOptions(TableStorageOptions options, RecreateMissingTablePolicy recreate)
    {
        var clientOptions = new TableClientOptions();
        clientOptions.Retry.MaxRetries = options.MaxRetries;
        clientOptions.Retry.Mode = Azure.Core.RetryMode.Exponential;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(100);
        clientOptions.Retry.MaxDelay = TimeSpan.FromSeconds(1);
        clientOptions.Retry.NetworkTimeout = options.RequestTimeout;
        clientOptions.AddPolicy(recreate, Azure.Core.HttpPipelinePosition.PerCall);
        clientOptions.AddPolicy(new StorageRequestCountingPolicy(), Azure.Core.HttpPipelinePosition.PerRetry);
        return clientOptions;
    }
}
