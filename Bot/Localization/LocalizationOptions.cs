namespace IntervisieBot.Localization;

/// <summary>
/// Which language the bot speaks (section <c>Localization</c>). Dutch for everyone by default; a person's own choice
/// (<c>taal en</c> / <c>taal nl</c>) always wins.
/// </summary>
public sealed class LocalizationOptions
{
    public const string Section = "Localization";

    /// <summary><c>nl</c> (default) or <c>en</c>: the language for everyone who has not chosen one.</summary>
    public string DefaultLanguage { get; set; } = "nl";

    /// <summary>
    /// When true, a client locale the bot speaks (nl-*, en-*) decides for people without a choice of their own (for a
    /// tenant with English users). False by default: Teams clients (and the Agents Playground) send <c>en-US</c> for
    /// Dutch users too.
    /// </summary>
    public bool FollowClientLocale { get; set; }
}
