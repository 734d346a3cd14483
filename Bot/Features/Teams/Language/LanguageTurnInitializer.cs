using IntervisieBot.Features.Shared;
using IntervisieBot.Localization;
using IntervisieBot.Protocol.Turns;
using Microsoft.Extensions.Options;

namespace IntervisieBot.Features.Teams.Language;

/// <summary>Before every turn: the sender's own language choice, else the settings (<see cref="BotCulture.Choose"/>).</summary>
public sealed class LanguageTurnInitializer(LanguagePreferenceStore preferences, IOptionsMonitor<LocalizationOptions> options) : ITurnInitializer
{
    public async Task InitializeAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var userKey = TeamScope.UserKey(turn.Activity.From);
        var chosen = await preferences.GetAsync(turn.TenantId ?? "", userKey, cancellationToken).ConfigureAwait(false);
        turn.UseCulture(BotCulture.Choose(chosen, turn.Activity.Locale, options.CurrentValue));
    }
}
