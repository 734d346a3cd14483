using System.Text.Json;
using IntervisieBot.Protocol.Schema;

namespace IntervisieBot.Tests.Protocol.Schema;

public sealed class ActivitySchemaTests
{
    private const string TeamsMessage = """
        {
          "type": "message", "id": "1700000000000", "serviceUrl": "https://smba.trafficmanager.net/emea/",
          "channelId": "msteams", "from": {"id": "29:abc", "name": "A", "aadObjectId": "x", "userRole": "user"},
          "conversation": {"id": "19:xyz@thread.tacv2;messageid=1", "conversationType": "channel", "tenantId": "t1", "isGroup": true},
          "recipient": {"id": "28:bot", "name": "Bot"},
          "text": "<at>Bot</at> help", "locale": "nl-NL",
          "entities": [{"type": "mention", "text": "<at>Bot</at>", "mentioned": {"id": "28:bot", "name": "Bot"}},
                       {"type": "clientInfo", "locale": "nl-NL", "platform": "Web", "timezone": "Europe/Amsterdam"}],
          "channelData": {"tenant": {"id": "t1"}, "team": {"id": "19:team@thread.tacv2", "name": "Team Noord"}, "channel": {"id": "19:xyz"}},
          "futureField": {"nested": [1, 2, 3]}
        }
        """;

    [Fact]
    public void Deserialize_TeamsMessage_ReadsTypedFieldsAndChannelData()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsMessage, ProtocolJson.Options)!;
        Assert.Equal("message", activity.Type);
        Assert.Equal("t1", activity.TenantId);
        Assert.Equal("19:team@thread.tacv2", activity.TeamId);
        Assert.Equal("Team Noord", activity.TeamName);
        Assert.Equal("28:bot", activity.Entities![0].Mentioned!.Id);
        Assert.Equal("channel", activity.Conversation!.ConversationType);
    }

    [Fact]
    public void RoundTrip_UnknownFields_ArePreserved()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsMessage, ProtocolJson.Options)!;
        var json = JsonSerializer.Serialize(activity, ProtocolJson.Options);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(3, doc.RootElement.GetProperty("futureField").GetProperty("nested").GetArrayLength());
        Assert.Equal("user", doc.RootElement.GetProperty("from").GetProperty("userRole").GetString());
        Assert.Equal("Europe/Amsterdam", doc.RootElement.GetProperty("entities")[1].GetProperty("timezone").GetString());
        Assert.False(doc.RootElement.TryGetProperty("summary", out _)); // nulls are omitted
    }
}
