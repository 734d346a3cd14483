using IntervisieBot.Cards;

namespace IntervisieBot.Features.Intervisie;

/// <summary>
/// A closed round's summary card, its casus title, the inbrenger's Teams id (for a private message) and the lesson
/// source that prefills "Leg een les vast" from this round in any chat its participants use (<see cref="IRoundQueries.LessonSourceKind"/>).
/// </summary>
public sealed record ClosedRoundSummary(AdaptiveCard Card, string CasusTitle, string? InbrengerMri, string LessonSourceId);
