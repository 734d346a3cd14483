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
            .ValidateOnStart();

        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<TableStorageOptions>>().Value;
            var connectionString = configuration.GetConnectionString("Tables");
            if (!string.IsNullOrWhiteSpace(connectionString)) return new TableServiceClient(connectionString);
            if (!string.IsNullOrWhiteSpace(options.TableEndpoint))
            {
                var credential = string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
                    ? new DefaultAzureCredential()
                    : new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = options.ManagedIdentityClientId });
                return new TableServiceClient(new Uri(options.TableEndpoint), credential);
            }
            return new TableServiceClient(DevelopmentConnectionString);
        });
        services.AddSingleton<TableStore>();
        services.AddSingleton<IntervisieBot.Protocol.Turns.IConversationReferenceStore, TableConversationReferenceStore>();
        services.AddSingleton<IntervisieBot.Protocol.Turns.IProcessedActivityLog, TableProcessedActivityLog>();
        return services;
    }
}
