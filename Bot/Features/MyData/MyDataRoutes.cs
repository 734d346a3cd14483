using IntervisieBot.Cards;
using IntervisieBot.Cards.Common;
using IntervisieBot.Features.Shared;
using IntervisieBot.Localization;
using IntervisieBot.Privacy.Rights;
using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Features.MyData;

/// <summary>
/// <c>mijn gegevens</c> shows, <c>verwijder mijn gegevens</c> (after a confirmation card) deletes, what every feature keeps
/// about the person asking. Personal chat only; the subject is always the sender of the authenticated activity.
/// </summary>
public sealed class MyDataRoutes(IEnumerable<IPersonalDataContributor> contributors) : IRouteContributor
{
    public void AddRoutes(RouteTableBuilder routes) => routes
        .Commands(["mijn gegevens", "my data"], ShowAsync)
        .Commands(["verwijder mijn gegevens", "delete my data"], AskConfirmationAsync)
        .CardAction(MyDataCards.ConfirmDeleteVerb, DeleteAsync);

    private async Task ShowAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var culture = turn.Culture();
        if (OnlyInPersonal(turn) is { } refusal)
        {
            await turn.SendCardAsync(refusal, cancellationToken).ConfigureAwait(false);
            return;
        }
        var subject = Subject(turn);
        var reports = new List<PersonalDataReport>();
        foreach (var contributor in contributors) reports.Add(await contributor.DescribeAsync(subject, culture, cancellationToken).ConfigureAwait(false));
        await turn.SendCardAsync(MyDataCards.Overview(culture, reports), cancellationToken).ConfigureAwait(false);
    }

    private async Task AskConfirmationAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (OnlyInPersonal(turn) is { } refusal)
        {
            await turn.SendCardAsync(refusal, cancellationToken).ConfigureAwait(false);
            return;
        }
        var culture = turn.Culture();
        var subject = Subject(turn);
        var warnings = new List<string>();
        foreach (var warning in contributors.OfType<IPersonalDataDeletionWarning>())
        {
            if (await warning.WarnAsync(subject, culture, cancellationToken).ConfigureAwait(false) is { } text) warnings.Add(text);
        }
        await turn.SendCardAsync(MyDataCards.ConfirmDelete(culture, warnings), cancellationToken).ConfigureAwait(false);
    }

    private async Task<CardActionResult> DeleteAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var culture = turn.Culture();
        if (OnlyInPersonal(turn) is { } refusal) return CardActionResult.ReplaceCard(refusal);
        var subject = Subject(turn);
        var reports = new List<PersonalDataReport>();
        foreach (var contributor in contributors) reports.Add(await contributor.DeleteAsync(subject, culture, cancellationToken).ConfigureAwait(false));
        return CardActionResult.ReplaceCard(MyDataCards.Deleted(culture, reports));
    }

    private static AdaptiveCard? OnlyInPersonal(TurnContext turn)
    {
        if (TeamScope.From(turn.Activity) is null) return null;
        var culture = turn.Culture();
        return NoticeCard.Create(culture, MyDataStrings.OnlyPersonalTitle(culture), MyDataStrings.OnlyPersonalBody(culture));
    }

    private static DataSubject Subject(TurnContext turn) =>
        new(turn.TenantId ?? "", TeamScope.UserKey(turn.Activity.From), turn.Activity.From?.Id ?? "", turn.ConversationId); // the personal chat
}
