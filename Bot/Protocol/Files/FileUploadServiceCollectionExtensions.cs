namespace IntervisieBot.Protocol.Files;

public static class FileUploadServiceCollectionExtensions
{
    /// <summary>The <see cref="FileUploadClient"/> (a typed HttpClient without the bot's token handler) and its options.</summary>
    public static IServiceCollection AddFileUpload(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FileUploadOptions>().Bind(configuration.GetSection(FileUploadOptions.SectionName))
            .Validate(o => o.TrustedHostSuffixes.Length > 0 && o.Timeout > TimeSpan.Zero && o.MaxBytes > 0,
                "FileUpload needs at least one trusted host suffix, a positive timeout and a positive size limit.")
            .ValidateOnStart();
        services.AddHttpClient<FileUploadClient>(FileUploadClient.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        return services;
    }
}
