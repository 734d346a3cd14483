using System.Globalization;
using IntervisieBot.Cards;
using IntervisieBot.Features.Shared;

namespace IntervisieBot.Features.Teams.Help;

/// <summary>
/// The command overview for one person in one place: what they can do here first (with a button where one can do it),
/// the commands of the roles they hold, then what they can do elsewhere. Role commands appear only for role holders.
/// </summary>
public static class HelpCard
{
    /// <summary>At most this many "do it now" buttons (Teams shows a handful in a row).</summary>
    public const int MaxButtons = 5;

    public static AdaptiveCard Create(CultureInfo culture, IEnumerable<HelpEntry> entries, HelpViewer viewer)
    {
        var title = TeamsStrings.HelpTitle(culture);
        var visible = entries.Where(viewer.May).OrderBy(e => e.Order).ToList();
        var here = visible.Where(e => (e.Where & viewer.Here) != 0).ToList();
        var elsewhere = visible.Where(e => (e.Where & viewer.Here) == 0).ToList();

        List<CardElement> body =
        [
            new TextBlock { Text = title, Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true },
            new TextBlock { Text = viewer.Here == HelpPlace.Personal ? TeamsStrings.HelpIntroPersonal(culture) : TeamsStrings.HelpIntroTeam(culture), Wrap = true },
            Facts(here.Where(e => e.Role == TeamRole.None)),
        ];
        AddInputs(body, culture, here);
        var buttons = Buttons(here);
        if (buttons.Count > 0) body.Add(new ActionSet { Actions = buttons });
        foreach (var role in new[] { TeamRole.Teamleider, TeamRole.Kennismakelaar })
        {
            var forRole = here.Where(e => e.Role == role).ToList();
            if (forRole.Count == 0) continue;
            body.Add(Heading(role == TeamRole.Teamleider ? TeamsStrings.HelpAsTeamleider(culture) : TeamsStrings.HelpAsKennismakelaar(culture)));
            body.Add(Facts(forRole));
        }
        if (elsewhere.Count > 0)
        {
            body.Add(Heading(viewer.Here == HelpPlace.Personal ? TeamsStrings.HelpElsewhereTeam(culture) : TeamsStrings.HelpElsewherePersonal(culture)));
            body.Add(Facts(elsewhere));
        }
        body.Add(new TextBlock { Text = TeamsStrings.HelpFooter(culture), Wrap = true, IsSubtle = true, Size = TextSize.Small });
        return new AdaptiveCard
        {
            Body = body,
            FallbackText = title,
            Lang = culture.TwoLetterISOLanguageName,
        };
    }

    /// <summary>The "do it now" buttons of the commands that need nothing more than their phrase (everyone's first).</summary>
    public static IReadOnlyList<CardAction> Buttons(IEnumerable<HelpEntry> entries) =>
    [
        .. entries.Where(e => e.Run is not null).OrderBy(e => e.Role != TeamRole.None).ThenBy(e => e.Order).Take(MaxButtons)
            .Select(e => CardActions.RunCommand(e.Command, e.Run!)),
    ];

    /// <summary>A field with its button for each command that needs a few words (e.g. a casus).</summary>
    public static void AddInputs(List<CardElement> body, CultureInfo culture, IEnumerable<HelpEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(culture);
        foreach (var input in entries.Select(e => e.Input).OfType<HelpInput>())
        {
            body.Add(new InputText { Id = input.InputId, Label = input.Label, IsMultiline = true, MaxLength = 4000, Spacing = Spacing.Medium });
            body.Add(new ActionSet { Actions = [CardActions.Execute(input.ButtonTitle, input.Verb)] });
        }
    }

    private static TextBlock Heading(string text) => new() { Text = text, Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Medium };

    private static FactSet Facts(IEnumerable<HelpEntry> entries) => new() { Facts = [.. entries.Select(e => new CardFact(e.Command, e.Description))] };
}
