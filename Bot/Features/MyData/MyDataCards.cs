using System.Globalization;
using IntervisieBot.Cards;
using IntervisieBot.Privacy.Rights;

namespace IntervisieBot.Features.MyData;

/// <summary>The cards of <c>mijn gegevens</c> and <c>verwijder mijn gegevens</c>.</summary>
public static class MyDataCards
{
    public const string ConfirmDeleteVerb = "mydata.delete";

    public static AdaptiveCard Overview(CultureInfo culture, IReadOnlyList<PersonalDataReport> reports)
    {
        var title = MyDataStrings.MyDataTitle(culture);
        List<CardElement> body =
        [
            new TextBlock { Text = title, Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true },
            new TextBlock { Text = MyDataStrings.MyDataIntro(culture), Wrap = true },
        ];
        var facts = reports.SelectMany(r => r.Items.Where(i => i.Count > 0).Select(i => new CardFact($"{r.Area}: {i.Description}", i.Count.ToString(culture)))).ToList();
        body.Add(facts.Count == 0
            ? new TextBlock { Text = MyDataStrings.MyDataNothing(culture), Wrap = true }
            : new FactSet { Facts = facts });
        body.Add(new TextBlock { Text = MyDataStrings.MyDataDeleteHint(culture), Wrap = true, IsSubtle = true });
        return new AdaptiveCard { Body = body, FallbackText = title, Lang = culture.TwoLetterISOLanguageName };
    }

    /// <param name="warnings">Consequences for others, shown before the button (e.g. a team left without teamleider).</param>
    public static AdaptiveCard ConfirmDelete(CultureInfo culture, IReadOnlyList<string>? warnings = null)
    {
        var title = MyDataStrings.ConfirmTitle(culture);
        return new AdaptiveCard
        {
            Body =
            [
                new TextBlock { Text = title, Weight = TextWeight.Bolder, Size = TextSize.Medium, Color = TextColor.Attention, Wrap = true },
                new TextBlock { Text = MyDataStrings.ConfirmBody(culture), Wrap = true },
                .. (warnings ?? []).Select(w => new TextBlock { Text = w, Wrap = true, Color = TextColor.Warning, Weight = TextWeight.Bolder }),
            ],
            Actions = [CardActions.Execute(MyDataStrings.ConfirmButton(culture), ConfirmDeleteVerb)],
            FallbackText = title,
            Lang = culture.TwoLetterISOLanguageName,
        };
    }

    public static AdaptiveCard Deleted(CultureInfo culture, IReadOnlyList<PersonalDataReport> reports)
    {
        var title = MyDataStrings.DeletedTitle(culture);
        var deleted = reports.SelectMany(r => r.Items.Where(i => i.Count > 0).Select(i => new CardFact($"{r.Area}: {i.Description}", i.Count.ToString(culture)))).ToList();
        var remains = reports.SelectMany(r => r.Remains).ToList();
        List<CardElement> body =
        [
            new TextBlock { Text = title, Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true },
            new TextBlock { Text = MyDataStrings.DeletedIntro(culture), Weight = TextWeight.Bolder, Wrap = true },
            deleted.Count == 0 ? new TextBlock { Text = MyDataStrings.DeletedNothing(culture), Wrap = true } : new FactSet { Facts = deleted },
            new TextBlock { Text = MyDataStrings.RemainsIntro(culture), Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock { Text = remains.Count == 0 ? MyDataStrings.RemainsNothing(culture) : string.Join("\n\n", remains.Select(r => "- " + r)), Wrap = true },
        ];
        return new AdaptiveCard { Body = body, FallbackText = title, Lang = culture.TwoLetterISOLanguageName };
    }
}
