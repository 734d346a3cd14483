namespace IntervisieBot.Benchmarks;

/// <summary>How the run was configured (so a reader can reproduce it).</summary>
public sealed record BenchmarkSettings(
    int Conversations,
    double WarmupSeconds,
    double DurationSeconds,
    double ReplyTimeoutSeconds,
    int Lessons,
    int RecommenderQueries,
    int Reminders,
    int ReminderUsers,
    string BotCommand,
    IReadOnlyList<string> PeerCommands);
