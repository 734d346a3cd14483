using System.Globalization;
using IntervisieBot.Features.Export.Domain;
using IntervisieBot.Features.Lessons.Cards;
using IntervisieBot.Features.Lessons.Domain;
using IntervisieBot.Features.Lessons.FollowUp.Cards;
using IntervisieBot.Features.Lessons.FollowUp.Domain;
using IntervisieBot.Features.Lessons.Storage;
using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Features.Shared;

namespace IntervisieBot.Features.Lessons.FollowUp.Storage;

/// <summary>
/// <c>exporteer team overzicht</c> (teamleider): the same totals as the <c>team overzicht</c> card, as CSV (measure, value).
/// Counts only, and the same rule: a count below <see cref="TeamDigest.MinCount"/> is written as "minder dan 3", a share
/// only when both its counts reach it. No names, no texts.
/// </summary>
public sealed class TeamDigestExport(LessonStore store, WorkingDayCalendar workingDays) : IExportSource
{
    public string Kind => "team-csv";
    public IReadOnlyList<string> Commands => ExportCommands.TeamOverview;
    public TeamRole Role => TeamRole.Teamleider;

    public async Task<ExportFile> CreateAsync(ExportRequest request, CancellationToken cancellationToken)
    {
        var culture = request.Culture;
        var lessons = await store.ListAsync(LessonPartitions.Team(request.TenantId, request.TeamKey ?? ""), LessonStore.MaxRowsPerPartition, cancellationToken).ConfigureAwait(false);
        var digest = TeamDigest.From(lessons, request.Now, workingDays.TimeZone);
        string Count(int value) => value < TeamDigest.MinCount ? FollowUpStrings.DigestHidden(culture) : value.ToString(CultureInfo.InvariantCulture);
        List<IReadOnlyList<string?>> rows =
        [
            [FollowUpStrings.DigestLessons90(culture, TeamDigest.RecentDays), Count(digest.LessonsRecent)],
            [FollowUpStrings.DigestLessonsTotal(culture), Count(digest.LessonsTotal)],
            [FollowUpStrings.DigestChecksAsked(culture), Count(digest.ChecksAsked)],
            [FollowUpStrings.DigestChecksAnswered(culture), Count(digest.ChecksAnswered)],
            [FollowUpStrings.DigestShareOften(culture), digest.OftenOrAlwaysPercent is { } percent ? FollowUpStrings.DigestPercent(culture, percent) : FollowUpStrings.DigestHidden(culture)],
            [FollowUpStrings.DigestNoAnswer(culture), Count(digest.NoAnswer)],
            .. digest.TopTags.Select(t => (IReadOnlyList<string?>)[FollowUpStrings.DigestTopTags(culture) + ": " + LessonsStrings.Tag(culture, t.Tag), Count(t.Count)]),
        ];
        var date = request.Now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new ExportFile($"teamoverzicht-{date}.csv", CsvText.ContentType,
            CsvText.Write([FollowUpStrings.ExportMeasure(culture), FollowUpStrings.ExportValue(culture)], rows));
    }
}
