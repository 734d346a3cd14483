using System.Text;
using System.Text.Json;
using IntervisieBot.Cards;
using IntervisieBot.Localization;

namespace IntervisieBot.Tests.Cards;

/// <summary>The one place that keeps cards within what Teams shows: long echoed texts are cut and the card says so.</summary>
public sealed class CardFitterTests
{
    private static AdaptiveCard Form(string echoed, string lang = "nl") => new()
    {
        Body =
        [
            new TextBlock { Text = "Nieuwe les", Weight = TextWeight.Bolder },
            new InputText { Id = "actionPlan", Label = "Actieplan", Value = echoed, IsMultiline = true },
            new InputText { Id = "lesson", Label = "De les", Value = "Een korte les." },
        ],
        Actions = [CardActions.Execute("Bewaren", "lessons.save", new Dictionary<string, string> { ["lessonId"] = "20260101T000000-abc", ["actionPlan"] = echoed })],
        Lang = lang,
    };

    [Fact]
    public void Fit_SmallCard_IsUnchanged()
    {
        var card = Form("Een kort plan.");
        Assert.Equal(CardJson.Serialize(card), CardFitter.Fit(card).GetRawText());
    }

    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    public void Fit_EchoedTextOverTheLimit_IsCutToFitAndTheCardSaysSo(string lang)
    {
        var echoed = string.Concat(Enumerable.Repeat("Plan met de klant: \"stap\" voor stap. ", 1000));
        var fitted = CardFitter.Fit(Form(echoed, lang));

        Assert.InRange(Encoding.UTF8.GetByteCount(fitted.GetRawText()), 1, CardSize.ReplyCardLimitBytes);
        var body = fitted.GetProperty("body");
        Assert.Equal("Nieuwe les", body[0].GetProperty("text").GetString());
        Assert.Equal(CommonCardsStrings.CardShortened(lang == "en" ? BotCulture.English : BotCulture.Dutch), body[1].GetProperty("text").GetString());
        var value = body[2].GetProperty("value").GetString()!;
        Assert.EndsWith("…", value, StringComparison.Ordinal);
        Assert.StartsWith(value[..^1], echoed, StringComparison.Ordinal);
        Assert.Equal("Een korte les.", body[3].GetProperty("value").GetString());
        var data = fitted.GetProperty("actions")[0].GetProperty("data");
        Assert.Equal(("lessons.save", "20260101T000000-abc"), (data.GetProperty("verb").GetString(), data.GetProperty("lessonId").GetString()));
    }

    [Fact]
    public void Fit_SurrogatePairAtTheCut_IsNotSplit()
    {
        var fitted = CardFitter.Fit(Form(string.Concat(Enumerable.Repeat("a😀", 20_000))));

        var value = fitted.GetProperty("body")[2].GetProperty("value").GetString()!;
        Assert.False(char.IsHighSurrogate(value[^2]));
        Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(fitted.GetRawText()).RootElement.ValueKind);
    }
}
