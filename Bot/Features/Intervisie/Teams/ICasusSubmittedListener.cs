using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Features.Intervisie.Teams;

/// <summary>
/// Told when an inbrenger's casus was accepted (it passed the privacy guard and is stored), e.g. to suggest handreikingen
/// to the inbrenger privately. A listener that fails never affects the round.
/// </summary>
public interface ICasusSubmittedListener
{
    Task OnCasusSubmittedAsync(TurnContext turn, string casusText, CancellationToken cancellationToken);
}
