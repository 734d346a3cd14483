using System.Globalization;
using IntervisieBot.Cards;
using IntervisieBot.Cards.Common;
using IntervisieBot.Features.Handreikingen.Cards;
using IntervisieBot.Features.Handreikingen.Domain;
using IntervisieBot.Features.Handreikingen.Storage;
using IntervisieBot.Features.Shared;
using IntervisieBot.Localization;
using IntervisieBot.Privacy;
using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Features.Handreikingen.Handlers;

/// <summary>
/// <c>catalogus</c>: kennismakelaars add, edit and retire handreikingen at runtime (stored over the repository catalogue).
/// Every action re-checks the kennismakelaar role from the authenticated activity.
/// </summary>
public sealed class CurationRoutes(LiveCatalogue catalogue, AccessControl access, IPersonalDataGuard guard) : IRouteContributor
{
    public void AddRoutes(RouteTableBuilder routes) => routes
        .Commands(["catalogus", "catalogue"], OnManageAsync)
        .CardAction(CurationCards.EditVerb, OnEditAsync)
        .CardAction(CurationCards.NewVerb, OnNewAsync)
        .CardAction(CurationCards.RetireVerb, OnRetireAsync)
        .CardAction(CurationCards.SaveVerb, OnSaveAsync);

    private async Task OnManageAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var culture = turn.Culture();
        var card = await RefusalAsync(turn, culture, cancellationToken).ConfigureAwait(false)
            ?? CurationCards.Manage(culture, await catalogue.GetAsync(cancellationToken).ConfigureAwait(false));
        await turn.SendCardAsync(card, cancellationToken).ConfigureAwait(false);
    }

    private async Task<CardActionResult> OnEditAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var culture = turn.Culture();
        if (await RefusalAsync(turn, culture, cancellationToken).ConfigureAwait(false) is { } refusal) return CardActionResult.ReplaceCard(refusal);
        var entry = (await catalogue.GetAsync(cancellationToken).ConfigureAwait(false)).Catalogue.Find(action.GetString(CurationCards.EntryInput) ?? "");
        return CardActionResult.ReplaceCard(entry is null ? Unknown(culture) : CurationCards.Edit(culture, entry));
    }

    private async Task<CardActionResult> OnNewAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var culture = turn.Culture();
        return CardActionResult.ReplaceCard(await RefusalAsync(turn, culture, cancellationToken).ConfigureAwait(false) ?? CurationCards.Edit(culture, null));
    }

    private async Task<CardActionResult> OnRetireAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var culture = turn.Culture();
        if (await RefusalAsync(turn, culture, cancellationToken).ConfigureAwait(false) is { } refusal) return CardActionResult.ReplaceCard(refusal);
        var retired = await catalogue.RetireAsync(action.GetString(CurationCards.EntryInput) ?? "", Actor(turn), cancellationToken).ConfigureAwait(false);
        return CardActionResult.ReplaceCard(retired
            ? NoticeCard.Create(culture, CurationStrings.RetiredTitle(culture), CurationStrings.RetiredBody(culture))
            : Unknown(culture));
    }

    private async Task<CardActionResult> OnSaveAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var culture = turn.Culture();
        if (await RefusalAsync(turn, culture, cancellationToken).ConfigureAwait(false) is { } refusal) return CardActionResult.ReplaceCard(refusal);
        // An edit keeps every field the data does not carry; a new entry gets empty ones (which validation refuses).
        var id = (action.GetString("id") ?? "").Trim();
        var stored = (await catalogue.GetAsync(cancellationToken).ConfigureAwait(false)).Catalogue.Find(id);
        string Field(string name, string? kept) => FormFields.Read(action.Data, name) ?? kept ?? "";
        var step = FormFields.Read(action.Data, "step");
        var entry = new Handreiking
        {
            Id = id,
            Title = Field("title", stored?.Title),
            OfficialTitle = Field("officialTitle", stored?.OfficialTitle),
            Publisher = Field("publisher", stored?.Publisher),
            Url = Field("url", stored?.Url),
            Summary = FormFields.Read(action.Data, "summary") is { } summary ? Lines(summary) : stored?.Summary ?? (IReadOnlyList<string>)[],
            Tags = FormFields.Read(action.Data, "tags") is { } tags
                ? tags.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : stored?.Tags ?? (IReadOnlyList<string>)[],
            Step = int.TryParse(step, NumberStyles.None, CultureInfo.InvariantCulture, out var parsedStep) ? parsedStep : stored?.Step ?? 0,
            Evidence = Field("evidence", stored?.Evidence),
            Audience = Field("audience", stored?.Audience),
        };
        var check = guard.Check(string.Join("\n", [entry.Title, entry.OfficialTitle, entry.Publisher, entry.Audience, .. entry.Summary]));
        if (!check.IsClean) return CardActionResult.ReplaceCard(CurationCards.Edit(culture, entry, [PrivacyText.Explanation(check, culture)]));
        try
        {
            await catalogue.SaveAsync(entry, Actor(turn), cancellationToken).ConfigureAwait(false);
        }
        catch (CatalogueValidationException ex)
        {
            return CardActionResult.ReplaceCard(CurationCards.Edit(culture, entry, ex.Errors));
        }
        return CardActionResult.ReplaceCard(NoticeCard.Create(culture, CurationStrings.SavedTitle(culture), CurationStrings.SavedBody(culture)));
    }

    private async Task<AdaptiveCard?> RefusalAsync(TurnContext turn, CultureInfo culture, CancellationToken cancellationToken)
    {
        if (await access.ActorHasAsync(turn, TeamRole.Kennismakelaar, cancellationToken).ConfigureAwait(false)) return null;
        var grants = await access.WhoGrantsRolesAsync(turn, culture, cancellationToken).ConfigureAwait(false);
        var body = grants is null ? CurationStrings.OnlyKennismakelaarBody(culture) : CurationStrings.OnlyKennismakelaarBody(culture) + " " + grants;
        return NoticeCard.Create(culture, CurationStrings.OnlyKennismakelaarTitle(culture), body, TextColor.Attention);
    }

    private static AdaptiveCard Unknown(CultureInfo culture) =>
        NoticeCard.Create(culture, CurationStrings.UnknownEntryTitle(culture), CurationStrings.UnknownEntryBody(culture), TextColor.Attention);

    private static string Actor(TurnContext turn) => TeamScope.UserKey(turn.Activity.From);

    private static string[] Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.TrimStart('-', '•', '*', ' ')).Where(line => line.Length > 0).ToArray();
}
