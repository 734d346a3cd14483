
namespace IntervisieBot.Benchmarks.Reminders;

/// <summary>What one fan-out run measured (written as JSON).</summary>
public sealed record ReminderFanOutResult(
    int Reminders,
    int Users,
    int Instances,
    double CeilingPerSecond,
    double ScheduleSeconds,
    double DeliverySeconds,
    double MessagesPerSecond,
    double ShareOfCeiling,
    long ConnectorRequests,
    int PeakRequestsInAnySecond,
    long Throttled429,
    int Duplicates,
    int Lost,
    bool CompletedWithinTimeout);
