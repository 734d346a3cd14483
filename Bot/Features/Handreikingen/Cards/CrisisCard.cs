using System.Globalization;
using IntervisieBot.Cards;
using IntervisieBot.Features.Handreikingen.Domain;

namespace IntervisieBot.Features.Handreikingen.Cards;

/// <summary>
/// The short crisis block that comes first on a suggestions card when a casus shows signs of suicidal thoughts, acute
/// danger or violence: what to do now, 113 Zelfmoordpreventie / Veilig Thuis / 112 as fits the signal, and the gemeente's
/// own protocol when a kennismakelaar has set one (the local entry <see cref="HandreikingRecommender.CrisisProtocolId"/>).
/// </summary>
public static class CrisisCard
{
    public static readonly Uri ZelfmoordpreventieUrl = new("https://www.113.nl");
    public static readonly Uri VeiligThuisUrl = new("https://www.veiligthuis.nl");

    public static Container Create(CultureInfo culture, IReadOnlyList<CrisisSignal> signals, Handreiking? protocol)
    {
        var kinds = signals.Select(s => s.Kind).ToHashSet(StringComparer.Ordinal);
        var words = string.Join(", ", signals.SelectMany(s => s.Words).Distinct(StringComparer.Ordinal).Take(4).Select(w => $"\"{w}\""));
        List<string> steps = [];
        List<CardAction> actions = [];
        if (kinds.Contains(CrisisSignalKinds.Suicide))
        {
            steps.AddRange([CasusStrings.CrisisAskDirectly(culture), CasusStrings.CrisisNotAlone(culture), CasusStrings.CrisisHuisarts(culture), CasusStrings.Crisis113(culture)]);
            actions.Add(new OpenUrlAction { Title = CasusStrings.Crisis113Button(culture), Url = ZelfmoordpreventieUrl });
        }

        if (kinds.Contains(CrisisSignalKinds.DomesticViolence))
        {
            steps.Add(CasusStrings.CrisisVeiligThuis(culture));
            actions.Add(new OpenUrlAction { Title = CasusStrings.CrisisVeiligThuisButton(culture), Url = VeiligThuisUrl });
        }

        if (kinds.Contains(CrisisSignalKinds.Danger))
        {
            steps.Add(CasusStrings.CrisisOwnSafety(culture));
        }

        if (!kinds.Contains(CrisisSignalKinds.Suicide))
        {
            steps.Add(CasusStrings.CrisisNotAlone(culture));
        }

        steps.Add(CasusStrings.Crisis112(culture));

        List<CardElement> items =
        [
            new TextBlock { Text = CasusStrings.CrisisTitle(culture), Weight = TextWeight.Bolder, Size = TextSize.Medium, Color = TextColor.Attention, Wrap = true },
            new TextBlock { Text = CasusStrings.CrisisIntro(culture, words), Wrap = true, Size = TextSize.Small },
            new TextBlock { Text = string.Join("\n", steps.Select(step => "- " + step)), Wrap = true },
        ];
        if (protocol is not null)
        {
            items.Add(new TextBlock { Text = CasusStrings.CrisisProtocol(culture, protocol.Title), Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Medium });
            items.Add(new TextBlock { Text = string.Join("\n", protocol.Summary.Select(line => "- " + line)), Wrap = true, Spacing = Spacing.None });
            if (Uri.TryCreate(protocol.Url, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps)
            {
                actions.Add(new OpenUrlAction { Title = CasusStrings.CrisisProtocolButton(culture), Url = url });
            }
        }

        if (actions.Count > 0)
        {
            items.Add(new ActionSet { Actions = actions });
        }

        return new Container { Style = ContainerStyle.Attention, Items = items };
    }
}
