using Azure;
using Azure.Data.Tables;

namespace IntervisieBot.Features.Intervisie.Storage;

/// <summary>One round: its state (without contributions, which are rows of their own) and where its card lives. Written only with its ETag.</summary>
public class RoundEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string RoundId { get; set; } = "";
    public string TenantId { get; set; } = "";

    /// <summary>The conversation id the round was started in (a channel thread keeps its <c>;messageid=</c>); replies and updates go here.</summary>
    public string ConversationId { get; set; } = "";

    /// <summary>The team scope partition (rotation history), e.g. the team of a channel.</summary>
    public string TeamPartition { get; set; } = "";
    public string ServiceUrl { get; set; } = "";
    public string? BotId { get; set; }
    public string Locale { get; set; } = "";

    /// <summary>The activity id of the one round card, updated in place after every change.</summary>
    public string? CardActivityId { get; set; }

    public string Status { get; set; } = "";
    public long Version { get; set; }

    /// <summary>The <c>RoundState</c> as JSON, contributions left out.</summary>
    public string StateJson { get; set; } = "";

    /// <summary>When the retention job removed the round's texts (casus, contributions); null while they are kept.</summary>
    public DateTimeOffset? TextsPurgedAt { get; set; }

    /// <summary>Participant user key → Teams user id (MRI), for card refresh and reminders' mentions.</summary>
    public string MembersJson { get; set; } = "{}";
}
