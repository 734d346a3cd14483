using System.Globalization;
using IntervisieBot.Privacy.Retention;
using IntervisieBot.Privacy.Rights;
using IntervisieBot.Protocol.Turns;
using Microsoft.Extensions.Options;

namespace IntervisieBot.Features.Teams.Welcome;

/// <summary>
/// The person's personal chat with the bot is personal data too: its address (the stored conversation reference, so
/// reminders can reach them) and the mark that they were welcomed. Shown by "mijn gegevens", removed by "verwijder mijn
/// gegevens" (the next message records the address again). The inbox keeps ids of recent messages for a few days.
/// </summary>
public sealed class PersonalChatData(IConversationReferenceStore conversations, WelcomeRegistry welcomes, IOptions<RetentionOptions> retention)
    : IPersonalDataContributor
{
    /// <summary>The stored address of the personal chat (ids and the service url) and whether it was welcomed.</summary>
    public async Task<PersonalDataExportSection> ExportAsync(DataSubject subject, CultureInfo culture, CancellationToken cancellationToken)
    {
        if (subject.ConversationId.Length == 0) return new PersonalDataExportSection(MyDataStrings.PersonalChatArea(culture), []);
        var stored = await conversations.GetAsync(subject.TenantId, subject.ConversationId, cancellationToken).ConfigureAwait(false);
        var welcomed = await welcomes.WasWelcomedAsync(subject.TenantId, subject.ConversationId, cancellationToken).ConfigureAwait(false);
        List<object> items = [];
        if (stored is not null) items.Add(new { kind = "address", conversation = stored.ConversationId, serviceUrl = stored.ServiceUrl, updated = stored.UpdatedAt });
        if (welcomed) items.Add(new { kind = "welcomed", conversation = subject.ConversationId });
        return new PersonalDataExportSection(MyDataStrings.PersonalChatArea(culture), items);
    }

    public async Task<PersonalDataReport> DescribeAsync(DataSubject subject, CultureInfo culture, CancellationToken cancellationToken)
    {
        if (subject.ConversationId.Length == 0) return Report(culture, 0);
        var stored = await conversations.GetAsync(subject.TenantId, subject.ConversationId, cancellationToken).ConfigureAwait(false) is not null;
        var welcomed = await welcomes.WasWelcomedAsync(subject.TenantId, subject.ConversationId, cancellationToken).ConfigureAwait(false);
        return Report(culture, (stored ? 1 : 0) + (welcomed ? 1 : 0));
    }

    public async Task<PersonalDataReport> DeleteAsync(DataSubject subject, CultureInfo culture, CancellationToken cancellationToken)
    {
        if (subject.ConversationId.Length == 0) return Report(culture, 0);
        var stored = await conversations.DeleteAsync(subject.TenantId, subject.ConversationId, cancellationToken).ConfigureAwait(false);
        var welcomed = await welcomes.ForgetAsync(subject.TenantId, subject.ConversationId, cancellationToken).ConfigureAwait(false);
        return Report(culture, (stored ? 1 : 0) + (welcomed ? 1 : 0));
    }

    private PersonalDataReport Report(CultureInfo culture, int count) => new(
        MyDataStrings.PersonalChatArea(culture),
        [new PersonalDataItem(MyDataStrings.PersonalChatItem(culture), count)],
        [MyDataStrings.InboxRemains(culture, retention.Value.InboxDays)]);
}
