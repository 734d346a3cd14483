using IntervisieBot.Features.Scheduling.Domain;

namespace IntervisieBot.Features.Scheduling.Cards;

/// <summary>What the announcement card shows of one planned session (names from the roster; null when the role is open).</summary>
public sealed record SessionCardModel(
    SeriesPlan Plan,
    SessionOccurrence Occurrence,
    string MethodName,
    string? InbrengerName,
    bool InbrengerAccepted,
    string? GespreksleiderName,
    bool GespreksleiderAccepted,
    int AwayCount);
