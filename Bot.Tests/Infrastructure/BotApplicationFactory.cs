using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IntervisieBot.Tests.Infrastructure;

/// <summary>
/// The real bot in-process (TestServer), on the shared Azurite with its own table prefix, in development mode
/// (no app id) unless a test supplies identity settings. <paramref name="services"/> registers extra test services after the
/// bot's own (e.g. a lesson prefill source that exists only in tests).
/// </summary>
public sealed class BotApplicationFactory(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    public string TablePrefix { get; } = AzuriteServer.NewTablePrefix();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var values = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Tables"] = AzuriteServer.Shared.ConnectionString,
            ["Storage:TablePrefix"] = TablePrefix,
            ["Logging:LogLevel:Default"] = "Warning",
            // Teams' budgets are the production defaults (intake 1.5 s, invoke 4 s); on a loaded 2-core test machine storage and
            // handlers may take longer, and a test is about what the bot answers, not how fast. Tests of the bounds set them back.
            ["Turns:IntakeTimeout"] = "00:00:20",
            ["Turns:InvokeTimeout"] = "00:00:30",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(values));
        if (services is not null) builder.ConfigureTestServices(services);
    }

    /// <summary>POSTs a JSON activity to /api/messages as Teams would.</summary>
    public Task<HttpResponseMessage> PostActivityAsync(object activity, string? authorization = null)
    {
        var client = CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = System.Net.Http.Json.JsonContent.Create(activity),
        };
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return client.SendAsync(request);
    }
}
