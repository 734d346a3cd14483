using IntervisieBot.Cards;
using IntervisieBot.Features.Handreikingen.Cards;
using IntervisieBot.Features.Handreikingen.Domain;
using IntervisieBot.Features.Handreikingen.Storage;
using IntervisieBot.Features.Intervisie.Handlers;
using IntervisieBot.Features.Shared;
using IntervisieBot.Localization;
using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Features.Handreikingen.Handlers;

/// <summary>
/// After the inbrenger described the casus in a round, the bot suggests handreikingen to the inbrenger privately (a 1:1
/// chat), never in the team's channel: a suggestion, not a verdict in front of colleagues. Nothing is sent when nothing fits.
/// The card says which round and casus it belongs to (the inbrenger may have several rounds going).
/// </summary>
public sealed class InbrengerSuggestions(LiveCatalogue catalogue) : ICasusSubmittedListener
{
    private const int MaxTitleLength = 60;

    public async Task OnCasusSubmittedAsync(TurnContext turn, CasusSubmission casus, CancellationToken cancellationToken)
    {
        var casusText = casus.Text;
        var snapshot = await catalogue.GetAsync(cancellationToken).ConfigureAwait(false);
        // Colleagues' lessons as the inbrenger may read them: their team's and their own, never another team's.
        var actor = TurnActor.Of(turn);
        var audience = new LessonAudience(actor.TenantId, actor.Team?.TeamKey, actor.UserKey);
        var recommendation = await snapshot.Recommender.RecommendAsync(casusText, turn.Culture(), audience, cancellationToken).ConfigureAwait(false);
        if (recommendation.NothingFound || turn.Activity.From?.Id is not { Length: > 0 } userId) return;

        await turn.SendCardToPersonalChatAsync(
            userId, CasusCards.Suggestions(turn.Culture(), recommendation, Context(turn.Culture(), casus)), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>"Bij je casus "…" in de intervisieronde van 7 december 2026".</summary>
    internal static string Context(System.Globalization.CultureInfo culture, CasusSubmission casus)
    {
        var title = casus.Title.Trim();
        if (title.Length > MaxTitleLength) title = title[..(MaxTitleLength - 1)].TrimEnd() + "…";
        return CasusStrings.SuggestContext(culture, title, casus.RoundStartedAt.ToString("d MMMM yyyy", culture));
    }
}
