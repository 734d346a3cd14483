using IntervisieBot.Features.Handreikingen.Cards;
using IntervisieBot.Features.Handreikingen.Domain;
using System.Globalization;
using System.Text.Json;
using IntervisieBot.Cards;
using IntervisieBot.Cards.Common;
using IntervisieBot.Features.Handreikingen.Storage;
using IntervisieBot.Features.Shared;
using IntervisieBot.Features.Teams.Help;
using IntervisieBot.Localization;
using IntervisieBot.Privacy;
using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Features.Handreikingen.Handlers;

/// <summary>
/// <c>casus: …</c> (or a situation described in plain words in a personal chat) → the top handreikingen with a "waarom" and
/// colleagues' lessons; "nuttig / niet nuttig" per entry; "niets gevonden" is honest and kept as an information need
/// (tags and stemmed keywords only). <c>handreikingen overzicht</c> shows kennismakelaars what helps and what is missing.
/// </summary>
public sealed class CasusRoutes(
    LiveCatalogue catalogue,
    IPersonalDataGuard guard,
    CasusStore store,
    InformationNeedStore needStore,
    AccessControl access,
    OwnPostNotice ownPostNotice,
    ReviewDigestSubscriptions reviewDigest,
    TimeProvider time) : IRouteContributor, IUnknownMessageInterpreter
{
    /// <summary>The overview counts unanswered questions of this many days; a topic asked fewer than 3 times is not shown.</summary>
    private const int NeedsWindowDays = 90;
    private const int MinNeedCount = 3;

    /// <summary>A personal-chat message of at least this many words that is no command is read as a casus.</summary>
    public const int MinWordsForFreeCasus = 6;

    public void AddRoutes(RouteTableBuilder routes) => routes
        .Command("casus", OnCasusCommandAsync)
        .Commands(["handreikingen overzicht", "guidance overview"], OnOverviewAsync)
        .CardAction(CasusCards.SuggestVerb, OnSuggestAsync)
        .CardAction(CasusCards.FeedbackVerb, OnFeedbackAsync);

    public async Task<bool> TryHandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (TeamScope.From(turn.Activity) is not null) return false;
        if (turn.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < MinWordsForFreeCasus) return false;
        await turn.SendCardAsync((await SuggestAsync(turn, turn.Text, cancellationToken).ConfigureAwait(false)).Card, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task OnCasusCommandAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(turn.CommandArguments))
        {
            await turn.SendCardAsync(CasusCards.Ask(turn.Culture()), cancellationToken).ConfigureAwait(false);
            return;
        }

        var (card, refused) = await SuggestAsync(turn, turn.CommandArguments, cancellationToken).ConfigureAwait(false);
        await turn.SendCardAsync(card, cancellationToken).ConfigureAwait(false);
        // The refused message itself is still visible to the whole channel or chat: tell its writer, privately.
        if (refused) await ownPostNotice.SendAsync(turn, cancellationToken).ConfigureAwait(false);
    }

    private async Task<CardActionResult> OnSuggestAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var text = action.GetString(CasusCards.CasusInput);
        if (string.IsNullOrWhiteSpace(text)) return CardActionResult.ReplaceCard(CasusCards.Ask(turn.Culture()));
        return CardActionResult.ReplaceCard((await SuggestAsync(turn, text, cancellationToken).ConfigureAwait(false)).Card);
    }

    private async Task<(AdaptiveCard Card, bool Refused)> SuggestAsync(TurnContext turn, string text, CancellationToken cancellationToken)
    {
        var culture = turn.Culture();
        var check = guard.Check(text);
        if (!check.IsClean)
        {
            // The text goes back with every finding masked, so the bot never repeats an identifier.
            return (PrivacyCard.Create(culture, check, CasusCards.CasusInput, CasusStrings.AskLabel(culture), text, CasusCards.SuggestVerb), true);
        }
        var snapshot = await catalogue.GetAsync(cancellationToken).ConfigureAwait(false);
        // Colleagues' lessons only from what this person may read: their team's, their own and the published ones.
        var actor = TurnActor.Of(turn);
        var audience = new LessonAudience(actor.TenantId, actor.Team?.TeamKey, actor.UserKey);
        var recommendation = await snapshot.Recommender.RecommendAsync(text, culture, audience, cancellationToken).ConfigureAwait(false);
        if (recommendation.NothingFound)
        {
            await needStore.RecordAsync(turn.TenantId ?? "", audience.TeamKey, InformationNeedSources.Casus,
                recommendation.DetectedTags.Select(t => t.Tag), recommendation.Keywords, cancellationToken).ConfigureAwait(false);
        }
        return (CasusCards.Suggestions(culture, recommendation), false);
    }

    private async Task<CardActionResult> OnFeedbackAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var culture = turn.Culture();
        var entryId = action.GetString("entryId");
        var current = (await catalogue.GetAsync(cancellationToken).ConfigureAwait(false)).Catalogue;
        if (entryId is null || current.Find(entryId) is null || !TryReadBool(action.Data, "useful", out var useful))
            return CardActionResult.ShowMessage(CasusStrings.FeedbackUnknown(culture));
        await store.RateAsync(turn.TenantId ?? "", TeamScope.UserKey(turn.Activity.From), entryId, useful, cancellationToken).ConfigureAwait(false);
        return CardActionResult.ShowMessage(CasusStrings.FeedbackThanks(culture));
    }

    private async Task OnOverviewAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var culture = turn.Culture();
        if (!await access.ActorHasAsync(turn, TeamRole.Kennismakelaar, cancellationToken).ConfigureAwait(false))
        {
            var grants = await access.WhoGrantsRolesAsync(turn, culture, cancellationToken).ConfigureAwait(false);
            var body = grants is null ? CasusStrings.OverviewOnlyKennismakelaar(culture) : CasusStrings.OverviewOnlyKennismakelaar(culture) + " " + grants;
            await turn.SendCardAsync(NoticeCard.Create(culture, CasusStrings.OverviewOnlyKennismakelaarTitle(culture), body), cancellationToken).ConfigureAwait(false);
            return;
        }
        // The overview's reader gets the entries due for review every month too (idempotent: one digest per person and month).
        if (TeamScope.From(turn.Activity) is { } scope) await reviewDigest.ActorIsKennismakelaarAsync(turn, scope, cancellationToken).ConfigureAwait(false);
        var tenant = turn.TenantId ?? "";
        var feedback = await store.FeedbackAsync(tenant, cancellationToken).ConfigureAwait(false);
        var needs = await needStore.AggregateAsync(tenant, time.GetUtcNow().AddDays(-NeedsWindowDays), MinNeedCount, include: null, cancellationToken).ConfigureAwait(false);
        var current = (await catalogue.GetAsync(cancellationToken).ConfigureAwait(false)).Catalogue;
        await turn.SendCardAsync(CasusOverviewCard.Create(culture, current, feedback, needs, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)), cancellationToken).ConfigureAwait(false);
    }

    private static bool TryReadBool(JsonElement data, string name, out bool value)
    {
        value = false;
        if (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty(name, out var element)) return false;
        switch (element.ValueKind)
        {
            case JsonValueKind.True: value = true; return true;
            case JsonValueKind.False: return true;
            case JsonValueKind.String: return bool.TryParse(element.GetString(), out value);
            default: return false;
        }
    }
}
