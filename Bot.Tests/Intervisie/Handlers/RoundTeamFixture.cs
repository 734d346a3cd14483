using IntervisieBot.Features.Intervisie.Handlers;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace IntervisieBot.Tests.Intervisie.Handlers;

/// <summary>A bot with a team Noord of five (invented) members, one of them teamleider by configuration, and the loopback connector.</summary>
public abstract class RoundTeamFixture : IAsyncLifetime
{
    protected const string Noord = "19:team-noord@thread.tacv2";
    protected const string Zuid = "19:team-zuid@thread.tacv2";
    protected const string A = "29:user-a";
    protected const string B = "29:user-b";
    protected const string C = "29:user-c";
    protected const string D = "29:user-d";
    protected const string T = "29:user-t";

    internal LoopbackConnector Connector { get; private set; } = null!;

    internal BotApplicationFactory Bot { get; private set; } = null!;

    internal RoundTeam Team { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Connector = await LoopbackConnector.StartAsync();
        Connector.Members =
        [
            TestActivities.Member(A, "Deelnemer A"),
            TestActivities.Member(B, "Deelnemer B"),
            TestActivities.Member(C, "Deelnemer C"),
            TestActivities.Member(D, "Deelnemer D"),
            TestActivities.Member(T, "Teamleider T"),
        ];
        Bot = new BotApplicationFactory(Settings());
        Team = new RoundTeam(Bot, Connector, Noord);
    }

    public virtual async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Connector.DisposeAsync();
    }

    internal static Dictionary<string, string?> Settings(string? tablePrefix = null)
    {
        var settings = new Dictionary<string, string?> { ["Roles:Teamleiders:0"] = TestActivities.AadFor(T) };
        if (tablePrefix is not null) settings["Storage:TablePrefix"] = tablePrefix;
        return settings;
    }

    internal static string Aad(string userId) => TestActivities.AadFor(userId);

    /// <summary>
    /// The card updates (PUT) of the round card, once every update asked for so far has gone out (they go out after the
    /// turn's answer, coalesced: several changes in a short time are one update showing the latest state).
    /// </summary>
    internal async Task<IReadOnlyList<RecordedRequest>> CardUpdatesAsync(string cardActivityId)
    {
        await Bot.Services.GetRequiredService<RoundCardUpdates>().WhenIdleAsync(CancellationToken.None).WaitAsync(RoundTeam.Wait);
        return [.. Connector.Requests.Where(r => r.Operation == "Update" && r.ActivityId == cardActivityId)];
    }

    internal Task<IReadOnlyList<RecordedRequest>> WaitForSummaryAsync(string title = "Samenvatting intervisieronde") =>
        Connector.WaitForRequestsAsync(r => r.Operation is "Send" or "Reply" && r.FirstAttachmentContentType is not null
            && CardText.Of(r.Body).Contains(title), 1, RoundTeam.Wait);
}
