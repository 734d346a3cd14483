using System.Globalization;
using System.Resources;
using IntervisieBot.Localization;

namespace IntervisieBot.Features.Reminders.Cards;

/// <summary>Typed access to <c>RemindersStrings.resx</c> (Dutch) and <c>RemindersStrings.en.resx</c>.</summary>
public static class RemindersStrings
{
    public static LocalizedText Text { get; } = new(new ResourceManager(typeof(RemindersStrings)));

    public static string PersonalDataArea(CultureInfo c) => Text.Get(nameof(PersonalDataArea), c);
    public static string PersonalDataPersonal(CultureInfo c) => Text.Get(nameof(PersonalDataPersonal), c);
    public static string PersonalDataTeamPosts(CultureInfo c) => Text.Get(nameof(PersonalDataTeamPosts), c);
    public static string PersonalDataRemains(CultureInfo c) => Text.Get(nameof(PersonalDataRemains), c);
}
