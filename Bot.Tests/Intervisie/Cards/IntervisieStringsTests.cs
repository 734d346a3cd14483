using System.Globalization;
using IntervisieBot.Features.Intervisie.Cards;
using IntervisieBot.Features.Intervisie.Domain;
using IntervisieBot.Features.Intervisie;

namespace IntervisieBot.Tests.Intervisie.Cards;

public sealed class IntervisieStringsTests
{
    public static TheoryData<RefusalReason> Reasons => [.. Enum.GetValues<RefusalReason>()];

    [Theory]
    [MemberData(nameof(Reasons))]
    public void Refusal_EveryReason_HasDistinctDutchAndEnglishText(RefusalReason reason)
    {
        var nl = IntervisieStrings.Refusal(reason, CultureInfo.GetCultureInfo("nl-NL"));
        var en = IntervisieStrings.Refusal(reason, CultureInfo.GetCultureInfo("en-US"));

        Assert.False(string.IsNullOrWhiteSpace(nl));
        Assert.False(string.IsNullOrWhiteSpace(en));
        Assert.NotEqual(nl, en);
        Assert.Equal(nl, IntervisieStrings.Refusal(reason, CultureInfo.InvariantCulture));
    }
}
