using System.Globalization;
using IntervisieBot.Cards;
using IntervisieBot.Features.Intervisie.Methods;

namespace IntervisieBot.Features.Intervisie.Cards;

/// <summary>
/// <c>start intervisie</c>: choose the method, the inbrenger and the gespreksleider (preselected from fair rotation) and live
/// or spread over days. Shared in the conversation; the start itself is checked on the server.
/// </summary>
public static class StartCard
{
    public const int MaxMembersListed = 100;

    /// <param name="members">Team members as (user key, display name), in roster order.</param>
    public static AdaptiveCard Create(
        CultureInfo culture,
        IReadOnlyList<MethodDefinition> methods,
        IReadOnlyList<(string Key, string Name)> members,
        string? suggestedInbrenger,
        string? suggestedGespreksleider)
    {
        ArgumentNullException.ThrowIfNull(methods);
        ArgumentNullException.ThrowIfNull(members);
        var title = RoundCardStrings.StartTitle(culture);
        var comparer = StringComparer.Create(culture, ignoreCase: true);
        var people = members.Take(MaxMembersListed)
            .Select(m => new Choice(string.IsNullOrWhiteSpace(m.Name) ? RoundCardStrings.UnknownPerson(culture) : m.Name, m.Key))
            .OrderBy(c => c.Title, comparer)
            .ToList();
        var required = RoundCardStrings.StartRequired(culture);
        List<CardElement> body =
        [
            new TextBlock { Text = title, Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true },
            new TextBlock { Text = RoundCardStrings.StartIntro(culture), Wrap = true },
        ];
        if (members.Count == 1)
        {
            body.Add(new TextBlock { Text = RoundCardStrings.StartSoloNote(culture), Wrap = true, IsSubtle = true });
        }

        body.AddRange(
        [
            new InputChoiceSet
            {
                Id = RoundVerbs.MethodInput,
                Label = RoundCardStrings.StartMethod(culture),
                Choices = [.. methods.Select(m => new Choice(m.Name.For(culture), m.Id))],
                Value = methods.FirstOrDefault(m => m.Id == "vijfstappenmethode")?.Id ?? methods.FirstOrDefault()?.Id,
                Style = ChoiceInputStyle.Expanded,
                IsRequired = true,
                ErrorMessage = required,
            },
            new InputChoiceSet
            {
                Id = RoundVerbs.InbrengerInput,
                Label = RoundCardStrings.StartInbrenger(culture),
                Choices = people,
                Value = suggestedInbrenger,
                Style = ChoiceInputStyle.Compact,
                IsRequired = true,
                ErrorMessage = required,
            },
            new InputChoiceSet
            {
                Id = RoundVerbs.GespreksleiderInput,
                Label = RoundCardStrings.StartGespreksleider(culture),
                Choices = people,
                Value = suggestedGespreksleider,
                Style = ChoiceInputStyle.Compact,
                IsRequired = true,
                ErrorMessage = required,
            },
            new InputChoiceSet
            {
                Id = RoundVerbs.ModeInput,
                Label = RoundCardStrings.StartMode(culture),
                Choices =
                [
                    new Choice(RoundCardStrings.ModeLive(culture), RoundVerbs.ModeLive),
                    new Choice(RoundCardStrings.ModeSpread(culture), RoundVerbs.ModeSpread),
                ],
                Value = RoundVerbs.ModeLive,
                Style = ChoiceInputStyle.Expanded,
                IsRequired = true,
                ErrorMessage = required,
            },
            new InputChoiceSet
            {
                Id = RoundVerbs.HoursInput,
                Label = RoundCardStrings.StartHours(culture),
                Choices = [.. RoundVerbs.DeadlineHourOptions.Select(h => new Choice(HoursText(culture, h), h.ToString(CultureInfo.InvariantCulture)))],
                Value = "48",
                Style = ChoiceInputStyle.Compact,
            },
        ]);
        return new AdaptiveCard
        {
            Body = body,
            Actions = [CardActions.Execute(RoundCardStrings.StartButton(culture), RoundVerbs.Start)],
            FallbackText = title,
            Lang = culture.TwoLetterISOLanguageName,
            MsTeams = TeamsCardProperties.Full,
        };
    }

    private static string HoursText(CultureInfo culture, int hours) =>
        hours < 48 ? RoundCardStrings.HoursOption(culture, hours) : RoundCardStrings.DaysOption(culture, hours / 24);
}
