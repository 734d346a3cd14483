using System.Globalization;
using IntervisieBot.Features.Shared;
using IntervisieBot.Localization;
using IntervisieBot.Privacy.Rights;

namespace IntervisieBot.Features.Teams.Language;

/// <summary>The language choice is personal data: shown by "mijn gegevens", removed by "verwijder mijn gegevens".</summary>
public sealed class LanguagePersonalData(LanguagePreferenceStore preferences) : IPersonalDataContributor
{
    public async Task<PersonalDataExportSection> ExportAsync(DataSubject subject, CultureInfo culture, CancellationToken cancellationToken)
    {
        var chosen = await preferences.GetAsync(subject.TenantId, subject.UserKey, cancellationToken).ConfigureAwait(false);
        return new PersonalDataExportSection(LanguageStrings.LanguageArea(culture), chosen is null ? [] : [new { language = chosen }]);
    }

    public async Task<PersonalDataReport> DescribeAsync(DataSubject subject, CultureInfo culture, CancellationToken cancellationToken)
    {
        var chosen = BotCulture.FromLanguage(await preferences.GetAsync(subject.TenantId, subject.UserKey, cancellationToken).ConfigureAwait(false));
        return Report(culture, chosen);
    }

    public async Task<PersonalDataReport> DeleteAsync(DataSubject subject, CultureInfo culture, CancellationToken cancellationToken)
    {
        var chosen = BotCulture.FromLanguage(await preferences.GetAsync(subject.TenantId, subject.UserKey, cancellationToken).ConfigureAwait(false));
        var removed = await preferences.DeleteAsync(subject.TenantId, subject.UserKey, cancellationToken).ConfigureAwait(false);
        return Report(culture, removed ? chosen : null);
    }

    private static PersonalDataReport Report(CultureInfo culture, CultureInfo? chosen) => new(
        LanguageStrings.LanguageArea(culture),
        [new PersonalDataItem(chosen is null ? LanguageStrings.LanguageItemNone(culture) : LanguageStrings.LanguageItem(culture, LanguageStrings.LanguageName(culture, chosen)), chosen is null ? 0 : 1)],
        []);
}

public sealed class LanguageHelpEntries : IHelpEntrySource
{
    public IEnumerable<HelpEntry> GetEntries(CultureInfo culture) =>
        [new HelpEntry(LanguageStrings.LanguageCommand(culture), LanguageStrings.HelpEntryLanguage(culture), Order: 960, Run: "taal")];
}
