using System.Globalization;
using System.Text.Json.Nodes;
using IntervisieBot.Cards;
using IntervisieBot.Cards.Common;
using IntervisieBot.Features.Handreikingen.Domain;
using IntervisieBot.Features.Lessons.Cards;
using IntervisieBot.Features.Lessons.Domain;
using IntervisieBot.Features.Lessons.Storage;
using IntervisieBot.Features.Shared;
using IntervisieBot.Localization;
using IntervisieBot.Privacy;
using IntervisieBot.Protocol.Connector;
using IntervisieBot.Protocol.Schema;
using IntervisieBot.Protocol.Turns;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntervisieBot.Features.Lessons.Handlers;

/// <summary>
/// Curation. The author proposes a team lesson (<c>lessons.propose</c>); kennismakelaars of that team see the team's queue
/// (<c>curatie</c>) and approve, merge, send back or reject; the author hears the outcome in a 1:1 chat. Queues are per team:
/// the role is checked for the team the activity comes from, and proposals are looked up only in that team's partition.
/// </summary>
public sealed class CurationRoutes(
    CurationService curation,
    AccessControl access,
    IPersonalDataGuard guard,
    IOptions<LessonsOptions> options,
    ILogger<CurationRoutes> logger) : IRouteContributor
{
    public static readonly string[] QueuePhrases = ["lessen beoordelen", "review lessons", "curatie", "curation"];

    public void AddRoutes(RouteTableBuilder routes) => routes
        .Commands(QueuePhrases, ShowQueueAsync)
        .CardAction(LessonCard.ProposeVerb, ProposeAsync)
        .CardAction(CurationCards.ReviewVerb, ReviewAsync)
        .CardAction(CurationCards.ApproveVerb, (t, a, c) => DecideAsync(t, a, CurationStatus.Published, c))
        .CardAction(CurationCards.MergeVerb, (t, a, c) => DecideAsync(t, a, CurationStatus.Merged, c))
        .CardAction(CurationCards.SendBackVerb, (t, a, c) => DecideAsync(t, a, CurationStatus.SentBack, c))
        .CardAction(CurationCards.RejectVerb, (t, a, c) => DecideAsync(t, a, CurationStatus.Rejected, c))
        .CardAction(CurationCards.KeepVerb, (t, a, c) => ReviewPublishedAsync(t, a, keep: true, c))
        .CardAction(CurationCards.RetireVerb, (t, a, c) => ReviewPublishedAsync(t, a, keep: false, c));

    private async Task ShowQueueAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var culture = turn.Culture();
        var card = await RefuseUnlessKennismakelaarAsync(turn, culture, cancellationToken).ConfigureAwait(false)
            ?? await QueueCardAsync(turn, culture, null, cancellationToken).ConfigureAwait(false);
        await turn.SendCardAsync(card, cancellationToken).ConfigureAwait(false);
    }

    private async Task<CardActionResult> ProposeAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var culture = turn.Culture();
        var viewer = TurnLessonViewer.From(turn);
        if (viewer.Team is null) return Notice(culture, LessonsStrings.OnlyInTeamTitle(culture), LessonsStrings.OnlyInTeamBody(culture));
        var named = string.Equals(action.GetString(LessonCard.AuthorNamedInput), "true", StringComparison.OrdinalIgnoreCase);
        var result = await curation.ProposeAsync(viewer, action.GetString(LessonFormCard.LessonIdData), named, turn.Activity.From?.Name, cancellationToken).ConfigureAwait(false);
        return result.Refusal switch
        {
            null => CardActionResult.ReplaceCard(NoticeCard.Create(culture, LessonsStrings.ProposedTitle(culture), LessonsStrings.ProposedBody(culture), TextColor.Good)),
            CurationResult.NotAllowed => Notice(culture, LessonsStrings.CannotProposeTitle(culture), LessonsStrings.CannotProposeBody(culture)),
            _ => Notice(culture, LessonsStrings.NotFoundTitle(culture), LessonsStrings.NotFoundBody(culture)),
        };
    }

    private async Task<CardActionResult> ReviewAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var culture = turn.Culture();
        if (await RefuseUnlessKennismakelaarAsync(turn, culture, cancellationToken).ConfigureAwait(false) is { } refusal) return CardActionResult.ReplaceCard(refusal);
        var viewer = TurnLessonViewer.From(turn);
        var lesson = await curation.FindProposalAsync(viewer, action.GetString(LessonFormCard.LessonIdData), cancellationToken).ConfigureAwait(false);
        if (lesson is null) return Notice(culture, LessonsStrings.CurationNotProposedTitle(culture), LessonsStrings.CurationNotProposedBody(culture));
        var published = await curation.PublishedAsync(viewer, cancellationToken).ConfigureAwait(false);
        return CardActionResult.ReplaceCard(CurationCards.Review(culture, lesson, published));
    }

    private async Task<CardActionResult> DecideAsync(TurnContext turn, CardActionRequest action, CurationStatus outcome, CancellationToken cancellationToken)
    {
        var culture = turn.Culture();
        if (await RefuseUnlessKennismakelaarAsync(turn, culture, cancellationToken).ConfigureAwait(false) is { } refusal)
        {
            LessonsLog.CurationRefused(logger, "not a kennismakelaar of this team");
            return CardActionResult.ReplaceCard(refusal);
        }
        var viewer = TurnLessonViewer.From(turn);
        var lessonId = action.GetString(LessonFormCard.LessonIdData);
        var title = (action.GetString(CurationCards.TitleInput) ?? "").Trim();
        var note = (action.GetString(CurationCards.NoteInput) ?? "").Trim();
        var tags = LessonDraftReader.SplitKnown(action.GetString(CurationCards.TagsInput) ?? "", TagTaxonomy.IsKnown);
        var target = action.GetString(CurationCards.MergeTargetInput);
        title = title.Length > CurationCards.MaxTitleLength ? title[..CurationCards.MaxTitleLength] : title;
        note = note.Length > CurationCards.MaxNoteLength ? note[..CurationCards.MaxNoteLength] : note;

        // Every text through the guard: nothing is stored or sent to the author when one is not clean.
        foreach (var (input, text, label) in new[] { (CurationCards.TitleInput, title, LessonsStrings.ReviewTitleLabel(culture)), (CurationCards.NoteInput, note, LessonsStrings.ReviewNoteLabel(culture)) })
        {
            var check = guard.Check(text);
            if (check.IsClean) continue;
            LessonsLog.PrivacyRefused(logger, input);
            var payload = new JsonObject { [LessonFormCard.LessonIdData] = lessonId, [CurationCards.TagsInput] = string.Join(',', tags) };
            if (target is not null) payload[CurationCards.MergeTargetInput] = target;
            var other = input == CurationCards.TitleInput ? (CurationCards.NoteInput, note) : (CurationCards.TitleInput, title);
            if (other.Item2.Length > 0 && guard.Check(other.Item2).IsClean) payload[other.Item1] = other.Item2;
            return CardActionResult.ReplaceCard(PrivacyCard.Create(culture, check, input, label, text, action.Verb, payload));
        }

        var missing = outcome switch
        {
            CurationStatus.Published when title.Length == 0 => LessonsStrings.ReviewTitleRequired(culture),
            CurationStatus.SentBack when note.Length == 0 => LessonsStrings.CurationNoteRequired(culture),
            CurationStatus.Merged when string.IsNullOrWhiteSpace(target) => LessonsStrings.CurationMergeTargetMissing(culture),
            _ => null,
        };
        if (missing is not null)
        {
            var pending = await curation.FindProposalAsync(viewer, lessonId, cancellationToken).ConfigureAwait(false);
            if (pending is null) return Notice(culture, LessonsStrings.CurationNotProposedTitle(culture), LessonsStrings.CurationNotProposedBody(culture));
            var published = await curation.PublishedAsync(viewer, cancellationToken).ConfigureAwait(false);
            return CardActionResult.ReplaceCard(CurationCards.Review(culture, pending, published, missing, title, note));
        }

        var decision = new CurationDecision(outcome, title.Length > 0 ? title : null, tags, note.Length > 0 ? note : null, target);
        var result = await curation.DecideAsync(viewer, lessonId, decision, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            LessonsLog.CurationRefused(logger, result.Refusal ?? "");
            return result.Refusal == CurationResult.MergeTargetMissing
                ? Notice(culture, LessonsStrings.CurationNotProposedTitle(culture), LessonsStrings.CurationMergeTargetMissing(culture))
                : Notice(culture, LessonsStrings.CurationNotProposedTitle(culture), LessonsStrings.CurationNotProposedBody(culture));
        }

        LessonsLog.Curated(logger, result.Lesson!.Id, outcome);
        var detail = outcome switch
        {
            CurationStatus.Published or CurationStatus.Merged => result.Published?.Heading ?? "",
            _ => note,
        };
        await NotifyAuthorAsync(turn, result.Lesson!, outcome, detail, cancellationToken).ConfigureAwait(false);
        var done = outcome switch
        {
            CurationStatus.Published => LessonsStrings.CurationPublished(culture),
            CurationStatus.Merged => LessonsStrings.CurationMerged(culture),
            CurationStatus.SentBack => LessonsStrings.CurationSentBack(culture),
            _ => LessonsStrings.CurationRejected(culture),
        };
        return CardActionResult.ReplaceCard(await QueueCardAsync(turn, culture, done, cancellationToken).ConfigureAwait(false));
    }

    private async Task<CardActionResult> ReviewPublishedAsync(TurnContext turn, CardActionRequest action, bool keep, CancellationToken cancellationToken)
    {
        var culture = turn.Culture();
        if (await RefuseUnlessKennismakelaarAsync(turn, culture, cancellationToken).ConfigureAwait(false) is { } refusal) return CardActionResult.ReplaceCard(refusal);
        var lesson = await curation.ReviewAsync(TurnLessonViewer.From(turn), action.GetString(LessonFormCard.LessonIdData), keep, cancellationToken).ConfigureAwait(false);
        if (lesson is null) return Notice(culture, LessonsStrings.NotFoundTitle(culture), LessonsStrings.NotFoundBody(culture));
        var notice = keep ? LessonsStrings.ReviewConfirmed(culture, LessonCard.FormatDate(culture, lesson.ReviewDate ?? lesson.Updated)) : LessonsStrings.ReviewRetired(culture);
        return CardActionResult.ReplaceCard(await QueueCardAsync(turn, culture, notice, cancellationToken).ConfigureAwait(false));
    }

    private async Task<AdaptiveCard> QueueCardAsync(TurnContext turn, CultureInfo culture, string? notice, CancellationToken cancellationToken)
    {
        var viewer = TurnLessonViewer.From(turn);
        var proposals = await curation.QueueAsync(viewer, cancellationToken).ConfigureAwait(false);
        var due = await curation.DueForReviewAsync(viewer, cancellationToken).ConfigureAwait(false);
        var (growing, needs) = await curation.InsightsAsync(viewer, cancellationToken).ConfigureAwait(false);
        return CurationCards.Queue(culture, proposals, due, growing, needs, options.Value.InsightWindowDays, notice);
    }

    private async Task<AdaptiveCard?> RefuseUnlessKennismakelaarAsync(TurnContext turn, CultureInfo culture, CancellationToken cancellationToken)
    {
        return (await access.CheckAsync(turn, TeamRole.Kennismakelaar, cancellationToken).ConfigureAwait(false)).Access switch
        {
            TeamAccess.NotInTeam => NoticeCard.Create(culture, LessonsStrings.OnlyInTeamTitle(culture), LessonsStrings.OnlyInTeamBody(culture)),
            TeamAccess.MissingRole => NoticeCard.Create(culture, LessonsStrings.NotKennismakelaarTitle(culture), LessonsStrings.NotKennismakelaarBody(culture), TextColor.Attention),
            _ => null,
        };
    }

    /// <summary>Tells the author in a 1:1 chat (created with their user id and the tenant); a failure is logged, the decision stands.</summary>
    private async Task NotifyAuthorAsync(TurnContext turn, Lesson lesson, CurationStatus outcome, string detail, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(lesson.OwnerUserId)) return;
        var card = CurationCards.Outcome(BotCulture.Dutch, lesson, outcome, detail);
        try
        {
            await turn.SendCardToPersonalChatAsync(lesson.OwnerUserId, card, cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectorException ex)
        {
            LessonsLog.NotifyFailed(logger, lesson.Id, ex.StatusCode, ex);
        }
    }

    private static CardActionResult Notice(CultureInfo culture, string title, string body) =>
        CardActionResult.ReplaceCard(NoticeCard.Create(culture, title, body, TextColor.Attention));
}
