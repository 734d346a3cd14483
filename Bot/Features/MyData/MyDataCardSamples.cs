using System.Globalization;
using IntervisieBot.Cards;
using IntervisieBot.Privacy.Rights;

namespace IntervisieBot.Features.MyData;

public sealed class MyDataCardSamples : ICardSampleSource
{
    public IEnumerable<CardSample> GetSamples(CultureInfo culture)
    {
        PersonalDataReport[] reports =
        [
            new(MyDataStrings.RolesArea(culture), [new PersonalDataItem(MyDataStrings.RolesItem(culture), 2)], []),
        ];
        yield return new CardSample("mydata.overview", MyDataCards.Overview(culture, reports));
        yield return new CardSample("mydata.overview-empty", MyDataCards.Overview(culture, []));
        yield return new CardSample("mydata.confirm", MyDataCards.ConfirmDelete(culture));
        yield return new CardSample("mydata.confirm-only-teamleider", MyDataCards.ConfirmDelete(culture, [Features.Teams.Roles.RolesStrings.OnlyTeamleiderWarningOne(culture)]));
        yield return new CardSample("mydata.deleted", MyDataCards.Deleted(culture, reports));
    }
}
