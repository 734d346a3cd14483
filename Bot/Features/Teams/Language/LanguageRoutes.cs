using System.Globalization;
using IntervisieBot.Cards;
using IntervisieBot.Features.Shared;
using IntervisieBot.Localization;
using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Features.Teams.Language;

/// <summary>
/// <c>taal en</c> / <c>taal nl</c> (<c>language en</c> / <c>language nl</c>): the person chooses the language the bot
/// answers them in, anywhere; <c>taal</c> alone shows the current one with a button for each. The choice is kept per
/// person (shown and deleted by <c>mijn gegevens</c>).
/// </summary>
public sealed class LanguageRoutes(LanguagePreferenceStore preferences) : IRouteContributor
{
    public const string ChooseVerb = "language.choose";
    public static readonly string[] Phrases = ["taal", "language"];

    public void AddRoutes(RouteTableBuilder routes) => routes
        .Commands(Phrases, OnCommandAsync)
        .CardAction(ChooseVerb, OnChooseAsync);

    private async Task OnCommandAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var chosen = Parse(turn.CommandArguments);
        var card = chosen is null
            ? LanguageCard.Current(turn.Culture(), turn.CommandArguments.Trim().Length > 0)
            : await ChooseAsync(turn, chosen, cancellationToken).ConfigureAwait(false);
        await turn.SendCardAsync(card, cancellationToken).ConfigureAwait(false);
    }

    private async Task<CardActionResult> OnChooseAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var chosen = Parse(action.GetString("language"));
        return CardActionResult.ReplaceCard(chosen is null
            ? LanguageCard.Current(turn.Culture(), notUnderstood: true)
            : await ChooseAsync(turn, chosen, cancellationToken).ConfigureAwait(false));
    }

    private async Task<AdaptiveCard> ChooseAsync(TurnContext turn, CultureInfo chosen, CancellationToken cancellationToken)
    {
        var userKey = TeamScope.UserKey(turn.Activity.From);
        if (string.IsNullOrWhiteSpace(userKey)) return LanguageCard.Current(turn.Culture(), notUnderstood: true);
        await preferences.SetAsync(turn.TenantId ?? "", userKey, chosen.TwoLetterISOLanguageName, cancellationToken).ConfigureAwait(false);
        turn.UseCulture(chosen);
        return LanguageCard.Chosen(chosen);
    }

    /// <summary>nl / nederlands / dutch → Dutch, en / engels / english → English; anything else null.</summary>
    public static CultureInfo? Parse(string? argument)
    {
        var value = (argument ?? "").Trim().TrimEnd('.', '!').ToLowerInvariant();
        return value switch
        {
            "nl" or "nederlands" or "dutch" or "nl-nl" => BotCulture.Dutch,
            "en" or "engels" or "english" or "en-us" or "en-gb" => BotCulture.English,
            _ => null,
        };
    }
}
