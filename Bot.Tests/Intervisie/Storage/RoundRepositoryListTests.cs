using IntervisieBot.Features.Intervisie.Domain;
using IntervisieBot.Features.Intervisie.Storage;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace IntervisieBot.Tests.Intervisie.Storage;

/// <summary><see cref="RoundRepository.ListRoundsAsync"/> on Azurite: the rounds of one conversation since a moment, with their contributions.</summary>
public sealed class RoundRepositoryListTests
{
    private static readonly string Noord = RoundKeys.Partition(TestActivities.TenantId, "19:list-noord@thread.tacv2");
    private static readonly string Zuid = RoundKeys.Partition(TestActivities.TenantId, "19:list-zuid@thread.tacv2");
    private static readonly DateTimeOffset Day1 = new(2026, 3, 12, 13, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ListRoundsAsync_RoundsInTwoConversations_OnlyThisConversationSinceTheMomentOldestFirstWithContributions()
    {
        await using var bot = new BotApplicationFactory();
        var repository = bot.Services.GetRequiredService<RoundRepository>();
        var before = await CreateAsync(repository, Noord, Day1);
        var third = await CreateAsync(repository, Noord, Day1.AddDays(14));
        var second = await CreateAsync(repository, Noord, Day1.AddDays(7));
        await CreateAsync(repository, Zuid, Day1.AddDays(7));
        var answer = new Contribution(Contribution.MakeId(1, "user-c", 1), 1, "vragen", "user-c", 1, "Wat heb je al geprobeerd?", null, Day1.AddDays(7).AddMinutes(20));
        Assert.True(await repository.TryWriteContributionAsync(Noord, second, answer, replace: false, default));

        var listed = await repository.ListRoundsAsync(Noord, Day1.AddDays(7), default);

        Assert.Equal([second, third], listed.Select(r => r.RoundId));
        Assert.All(listed, r => Assert.Equal(Noord, r.Partition));
        Assert.Equal("user-c", Assert.Single(listed[0].State.Contributions).AuthorId);
        Assert.Empty(listed[1].State.Contributions);
        Assert.Contains(before, (await repository.ListRoundsAsync(Noord, Day1, default)).Select(r => r.RoundId));
        Assert.Empty(await repository.ListRoundsAsync(Noord, Day1.AddDays(15), default));
    }

    [Fact]
    public async Task LoadAsync_OneQuery_GivesTheRoundWithOnlyItsOwnContributions_AndAnETagThatGuardsTheNextWrite()
    {
        await using var bot = new BotApplicationFactory();
        var repository = bot.Services.GetRequiredService<RoundRepository>();
        var partition = RoundKeys.Partition(TestActivities.TenantId, "19:load-west@thread.tacv2");
        var other = await CreateAsync(repository, partition, Day1);
        var roundId = await CreateAsync(repository, partition, Day1.AddDays(7));
        var late = new Contribution(Contribution.MakeId(1, "user-c", 1), 1, "vragen", "user-c", 1, "Wat speelde er toen?", null, Day1.AddDays(7).AddMinutes(30));
        var early = new Contribution(Contribution.MakeId(1, "user-a", 1), 1, "vragen", "user-a", 1, "Wie was er bij?", null, Day1.AddDays(7).AddMinutes(10));
        Assert.True(await repository.TryWriteContributionAsync(partition, roundId, late, replace: false, default));
        Assert.True(await repository.TryWriteContributionAsync(partition, roundId, early, replace: false, default));
        Assert.True(await repository.TryWriteContributionAsync(partition, other, late, replace: false, default));

        var tally = new IntervisieBot.Protocol.Turns.TurnStorageTally();
        StoredRound? loaded;
        using (tally.Enter()) loaded = await repository.LoadAsync(partition, roundId, default);

        Assert.NotNull(loaded);
        Assert.Equal(1, tally.Requests);
        Assert.Equal(roundId, loaded.RoundId);
        Assert.Equal(TestActivities.TenantId, loaded.TenantId);
        Assert.Equal(["Wie was er bij?", "Wat speelde er toen?"], loaded.State.Contributions.Select(c => c.Text)); // its own, oldest first
        Assert.Null(await repository.LoadAsync(partition, Guid.NewGuid().ToString("N"), default));

        var next = loaded.State with { Version = loaded.State.Version + 1 };
        Assert.NotNull(await repository.TryReplaceAsync(loaded, next, default)); // the ETag read by the query is the row's
        Assert.Null(await repository.TryReplaceAsync(loaded, next, default));    // and a stale one is refused (412)
    }

    private static async Task<string> CreateAsync(RoundRepository repository, string partition, DateTimeOffset createdAt)
    {
        var roundId = Guid.NewGuid().ToString("N");
        var state = new RoundState
        {
            SessionId = roundId,
            ConversationKey = partition,
            MethodId = "vijfstappenmethode",
            InbrengerId = "user-a",
            GespreksleiderId = "user-b",
            Participants = [new Participant("user-a", "Deelnemer A"), new Participant("user-b", "Deelnemer B"), new Participant("user-c", "Deelnemer C")],
            Mode = RoundMode.Live,
            Status = RoundStatus.AwaitingCasus,
            Version = 1,
            StartedBy = "user-b",
            CreatedAt = createdAt,
        };
        var meta = new RoundEntity { PartitionKey = partition, TenantId = TestActivities.TenantId, ConversationId = partition, TeamPartition = partition, ServiceUrl = "http://127.0.0.1/", Locale = "nl-NL" };
        Assert.NotNull(await repository.CreateAsync(meta, state, default));
        await repository.ReleaseActiveAsync(partition, roundId, default); // one active round per conversation: free it for the next
        return roundId;
    }
}
