using System.Text.Json;
using Azure.Data.Tables;
using IntervisieBot.Privacy;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace IntervisieBot.Tests.Privacy;

/// <summary>
/// Issue 15, end to end: every identifier text of the adversarial corpus sent as <c>casus: …</c> in a team channel, through
/// /api/messages, Azurite and the loopback connector. Afterwards no identifier is in any outbound message, any table or
/// any log line; the refusal card hands the text back masked; the writer gets a targeted notice about their own post, or
/// their 1:1 chat when Teams refuses the targeted message.
/// </summary>
public sealed class RefusedTextLeavesNoTraceTests : IAsyncLifetime
{
    private const string TeamId = "19:team-privacy@thread.tacv2";
    private readonly CapturingLoggerProvider logs = new();
    private readonly PersonalDataGuard guard = new(NullLogger<PersonalDataGuard>.Instance);
    private BotConversation chat = null!;

    public async Task InitializeAsync() =>
        chat = await BotConversation.StartAsync(services: services => services.AddSingleton<ILoggerProvider>(logs));

    public async Task DisposeAsync()
    {
        await chat.DisposeAsync();
        logs.Dispose();
    }

    [Fact]
    public async Task AdversarialCorpus_InAChannel_NothingOfAnIdentifierInMessagesTablesOrLogs()
    {
        var entries = GuardCorpus.Adversarial.Identifiers;
        foreach (var entry in entries)
        {
            var reply = await chat.SayAsync(TestActivities.Message(chat.ServiceUrl, "casus: " + entry.Text).InChannel(TeamId));
            var texts = Strings(reply.Body);
            Assert.Contains("Niet opgeslagen: dit lijkt op gegevens van een klant", texts);
            Assert.Contains(texts, t => t.Contains("weggelaten]", StringComparison.Ordinal)); // the text comes back masked
        }

        // one private notice per refused post, addressed to its writer
        var targeted = await chat.Connector.WaitForRequestsAsync(r => r.Query.Contains("isTargetedActivity=true", StringComparison.Ordinal), entries.Count, BotConversation.ReplyTimeout);
        Assert.All(targeted, r => Assert.Equal("29:user-a", r.Body!.Value.GetProperty("recipient").GetProperty("id").GetString()));
        Assert.All(targeted, r => Assert.Contains("Je bericht staat nog in het gesprek", Strings(r.Body)));

        var outbound = chat.Connector.Requests.SelectMany(r => Strings(r.Body)).ToList();
        var stored = await AllTableValuesAsync();
        var logged = logs.Entries.Select(e => e.Message).ToList();
        foreach (var entry in entries)
        {
            foreach (var value in IdentifierValues(entry.Text))
            {
                Assert.DoesNotContain(outbound, s => s.Contains(value, StringComparison.OrdinalIgnoreCase));
                Assert.DoesNotContain(stored, s => s.Contains(value, StringComparison.OrdinalIgnoreCase));
                Assert.DoesNotContain(logged, s => s.Contains(value, StringComparison.OrdinalIgnoreCase));
            }
        }
    }

    [Fact]
    public async Task OwnPostNotice_WhenTeamsRefusesTheTargetedMessage_GoesToThePersonalChat()
    {
        chat.Connector.FailureRule = r => r.Query.Contains("isTargetedActivity=true", StringComparison.Ordinal)
            ? new ScriptedFailure(403, ErrorCode: "BotNotInConversationRoster")
            : null;

        await chat.SayAsync(TestActivities.Message(chat.ServiceUrl, "casus: mevrouw Zonnebloem belde van 06-12345678").InChannel(TeamId));

        var created = await chat.Connector.WaitForRequestsAsync(r => r.Operation == "CreateConversation", 1, BotConversation.ReplyTimeout);
        Assert.Equal("29:user-a", created[0].Body!.Value.GetProperty("members")[0].GetProperty("id").GetString());
        var notice = await chat.Connector.WaitForRequestsAsync(r => r.Operation == "Send" && r.ConversationId == created[0].ResponseId, 1, BotConversation.ReplyTimeout);
        Assert.Contains("Je bericht staat nog in het gesprek", Strings(notice[0].Body));
    }

    [Fact]
    public async Task RefusedCasus_InAPersonalChat_GetsTheMaskedTextAndNoNotice()
    {
        var reply = await chat.SayAsync(TestActivities.Message(chat.ServiceUrl, "casus: BSN 784017001, klant belde van nul zes 12345678"));

        var texts = Strings(reply.Body);
        Assert.Contains(texts, t => t.Contains("[BSN weggelaten]", StringComparison.Ordinal) && t.Contains("[telefoonnummer weggelaten]", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("784017001", StringComparison.Ordinal) || t.Contains("12345678", StringComparison.Ordinal));
        Assert.DoesNotContain(chat.Connector.Requests, r => r.Query.Contains("isTargetedActivity", StringComparison.Ordinal) || r.Operation == "CreateConversation");
    }

    /// <summary>What the guard finds in a text, as typed, and (for numbers) its digits alone: none of it may leave the guard.</summary>
    private IEnumerable<string> IdentifierValues(string text)
    {
        foreach (var finding in guard.Check(text).Findings)
        {
            var value = text.Substring(finding.Start, finding.Length);
            yield return value;
            var digits = new string([.. value.Where(char.IsAsciiDigit)]);
            if (digits.Length >= 6) yield return digits;
        }
    }

    private async Task<List<string>> AllTableValuesAsync()
    {
        var service = chat.Services.GetRequiredService<TableServiceClient>();
        var prefix = chat.Bot.TablePrefix;
        var values = new List<string>();
        await foreach (var table in service.QueryAsync(t => t.Name.CompareTo(prefix) >= 0))
        {
            if (!table.Name.StartsWith(prefix, StringComparison.Ordinal)) continue;
            await foreach (var entity in service.GetTableClient(table.Name).QueryAsync<TableEntity>())
            {
                values.AddRange(entity.Select(p => p.Value?.ToString() ?? "").Append(entity.PartitionKey).Append(entity.RowKey));
            }
        }
        Assert.NotEmpty(values); // the bot did store things (conversation references, processed activities): the check saw them
        return values;
    }

    private static List<string> Strings(JsonElement? element)
    {
        var found = new List<string>();
        void Walk(JsonElement e)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.String: found.Add(e.GetString()!); break;
                case JsonValueKind.Object: foreach (var p in e.EnumerateObject()) Walk(p.Value); break;
                case JsonValueKind.Array: foreach (var i in e.EnumerateArray()) Walk(i); break;
            }
        }
        if (element is { } root) Walk(root);
        return found;
    }
}
