using System.Globalization;
using IntervisieBot.Cards;

namespace IntervisieBot.Privacy;

/// <summary>
/// What a user sees when the guard stops a text: which kinds of identifier were found (never the values), and — only
/// where the card is seen by that user alone (an invoke response or a personal chat) — their text in an input to edit and
/// resubmit with the same verb. In a shared conversation the text is not shown again; the user types it anew.
/// </summary>
public static class PrivacyCard
{
    /// <param name="inputId">The input id the resubmitted text arrives under (the same the original card used).</param>
    /// <param name="textToEdit">The rejected text, or null when the card could be seen by others.</param>
    /// <param name="resubmitVerb">The verb of the original action, so the handler runs again with the edited text.</param>
    /// <param name="payload">The original action's other data (ids), carried again.</param>
    public static AdaptiveCard Create(CultureInfo culture, GuardResult result, string inputId, string inputLabel, string? textToEdit,
        string resubmitVerb, object? payload = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var title = PrivacyCardStrings.Title(culture);
        List<CardElement> body =
        [
            new TextBlock { Text = title, Weight = TextWeight.Bolder, Size = TextSize.Medium, Color = TextColor.Attention, Wrap = true },
            new TextBlock { Text = PrivacyText.Explanation(result, culture), Wrap = true },
            new TextBlock { Text = textToEdit is null ? PrivacyCardStrings.NotShown(culture) : PrivacyCardStrings.EditHint(culture), Wrap = true, IsSubtle = true },
            new InputText
            {
                Id = inputId,
                Label = inputLabel,
                IsMultiline = true,
                IsRequired = true,
                ErrorMessage = PrivacyCardStrings.EditRequired(culture),
                Value = textToEdit,
                MaxLength = 4000,
            },
        ];
        return new AdaptiveCard
        {
            Body = body,
            Actions = [CardActions.Execute(PrivacyCardStrings.Resubmit(culture), resubmitVerb, payload)],
            FallbackText = title,
            Lang = culture.TwoLetterISOLanguageName,
        };
    }
}
