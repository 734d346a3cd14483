using System.Globalization;
using IntervisieBot.Cards;

namespace IntervisieBot.Privacy;

public sealed class PrivacyCardSamples(IPersonalDataGuard guard) : ICardSampleSource
{
    public IEnumerable<CardSample> GetSamples(CultureInfo culture)
    {
        // Invented: a made-up name after a title word and a made-up phone number.
        const string text = "Mevrouw Zonnebloem belde gisteren vanaf 06-12345678 over haar uitkering.";
        var result = guard.Check(text);
        yield return new CardSample("privacy.rejected-editable", PrivacyCard.Create(culture, result, "casus", "Casus", text, "sample.resubmit", new { sessionId = "s-1" }));
        yield return new CardSample("privacy.rejected-not-checked", PrivacyCard.Create(culture, new GuardResult([], scanIncomplete: true), "casus", "Casus", text, "sample.resubmit"));
        yield return new CardSample("privacy.own-post", OwnPostNoticeCard.Create(culture));
    }
}
