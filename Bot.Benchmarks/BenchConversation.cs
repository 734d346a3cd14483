namespace IntervisieBot.Benchmarks;

/// <summary>
/// One simulated team channel with one klantmanager in it (invented ids). <see cref="RoundId"/> and <see cref="Phase"/>
/// follow the conversation's intervisie round (only its own loop touches them).
/// </summary>
public sealed record BenchConversation(int Index, string ConversationId, string UserId, string AadObjectId)
{
    public string? RoundId { get; set; }
    public int Phase { get; set; }

    public static BenchConversation Create(string run, int index) => new(
        index,
        $"19:bench-{run}-{index}@thread.tacv2",
        $"29:bench-user-{run}-{index}",
        new Guid(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes($"{run}-{index}"))).ToString());
}
