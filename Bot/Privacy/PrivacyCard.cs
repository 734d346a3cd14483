using System.Globalization;
using IntervisieBot.Cards;

namespace IntervisieBot.Privacy;

/// <summary>
/// What a user sees when the guard stops a text: which kinds of identifier were found (never the values), and their text
/// with every finding masked ("[BSN weggelaten]") in an input to edit and resubmit with the same verb, in every kind of
/// conversation: the bot never repeats an identifier, and correcting stays one step. A text that could not be fully
/// checked is not shown again at all; the user types it anew.
/// </summary>
public static class PrivacyCard
{
    /// <param name="inputId">The input id the resubmitted text arrives under (the same the original card used).</param>
    /// <param name="text">The rejected text; the card shows it masked (<see cref="PrivacyText.Mask"/>), never as typed.</param>
    /// <param name="resubmitVerb">The verb of the original action, so the handler runs again with the edited text.</param>
    /// <param name="payload">The original action's other data (ids), carried again.</param>
    public static AdaptiveCard Create(CultureInfo culture, GuardResult result, string inputId, string inputLabel, string? text,
        string resubmitVerb, object? payload = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var textToEdit = text is null ? null : PrivacyText.Mask(text, result, culture);
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
