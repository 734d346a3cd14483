using System.Globalization;
using System.Resources;
using IntervisieBot.Localization;

namespace IntervisieBot.Features.Export.Cards;

/// <summary>Typed access to <c>ExportStrings.resx</c> (Dutch) and <c>ExportStrings.en.resx</c>.</summary>
public static class ExportStrings
{
    public static LocalizedText Text { get; } = new(new ResourceManager(typeof(ExportStrings)));

    public static string OnlyPersonalTitle(CultureInfo c) => Text.Get(nameof(OnlyPersonalTitle), c);
    public static string OnlyPersonalBody(CultureInfo c) => Text.Get(nameof(OnlyPersonalBody), c);
    public static string OnlyTeamTitle(CultureInfo c) => Text.Get(nameof(OnlyTeamTitle), c);
    public static string OnlyTeamBody(CultureInfo c) => Text.Get(nameof(OnlyTeamBody), c);
    public static string OnlyTeamleiderTitle(CultureInfo c) => Text.Get(nameof(OnlyTeamleiderTitle), c);
    public static string OnlyKennismakelaarTitle(CultureInfo c) => Text.Get(nameof(OnlyKennismakelaarTitle), c);
    public static string NotAllowedBody(CultureInfo c) => Text.Get(nameof(NotAllowedBody), c);
    public static string SentTitle(CultureInfo c) => Text.Get(nameof(SentTitle), c);
    public static string SentBody(CultureInfo c) => Text.Get(nameof(SentBody), c);
    public static string NotSentTitle(CultureInfo c) => Text.Get(nameof(NotSentTitle), c);
    public static string NotSentBody(CultureInfo c) => Text.Get(nameof(NotSentBody), c);
    public static string ConsentDescription(CultureInfo c, string a0) => Text.Format(nameof(ConsentDescription), c, a0);
    public static string DeclinedTitle(CultureInfo c) => Text.Get(nameof(DeclinedTitle), c);
    public static string DeclinedBody(CultureInfo c) => Text.Get(nameof(DeclinedBody), c);
    public static string UploadFailedTitle(CultureInfo c) => Text.Get(nameof(UploadFailedTitle), c);
    public static string UploadFailedBody(CultureInfo c) => Text.Get(nameof(UploadFailedBody), c);
    public static string CommandLibrary(CultureInfo c) => Text.Get(nameof(CommandLibrary), c);
    public static string HelpLibrary(CultureInfo c) => Text.Get(nameof(HelpLibrary), c);
    public static string CommandTeam(CultureInfo c) => Text.Get(nameof(CommandTeam), c);
    public static string HelpTeam(CultureInfo c) => Text.Get(nameof(HelpTeam), c);
    public static string CommandMyData(CultureInfo c) => Text.Get(nameof(CommandMyData), c);
    public static string HelpMyData(CultureInfo c) => Text.Get(nameof(HelpMyData), c);
}
