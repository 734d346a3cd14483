using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Features.Handreikingen.Handlers;

/// <summary>
/// Told when an inbrenger's casus was accepted (it passed the privacy guard and is stored), e.g. to suggest handreikingen
/// to the inbrenger privately. A listener that fails never affects the round.
/// </summary>
public interface ICasusSubmittedListener
{
    Task OnCasusSubmittedAsync(TurnContext turn, CasusSubmission casus, CancellationToken cancellationToken);
}

/// <summary>An accepted casus: its round, its title, the whole text (title and description) and when the round started.</summary>
public sealed record CasusSubmission(string RoundId, string Title, string Text, DateTimeOffset RoundStartedAt);
