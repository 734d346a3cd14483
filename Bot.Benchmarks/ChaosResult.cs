namespace IntervisieBot.Benchmarks;

/// <summary>
/// The chaos phase: K conversations sending messages while the bot is killed (SIGKILL) and restarted, Azurite is frozen
/// (SIGSTOP) and the connector injects 429s and 500s. Acknowledged = got a 200; answered = its reply reached the connector;
/// duplicated = its reply arrived more than once; lost = acknowledged and never answered.
/// </summary>
public sealed record ChaosResult(
    int Conversations,
    double DurationSeconds,
    int Kills,
    double FreezeSeconds,
    double Throttled429Share,
    double ServerError500Share,
    long Injected429,
    long Injected500,
    int Sent,
    int Acknowledged,
    int Answered,
    int Duplicated,
    int Lost,
    int Refused503,
    int ConnectionFailures,
    double DrainSeconds);
