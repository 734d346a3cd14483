using IntervisieBot.Features.Handreikingen.Domain;
using System.Globalization;
using IntervisieBot.Cards;
using IntervisieBot.Cards.Common;
using IntervisieBot.Features.Lessons.Domain;
using IntervisieBot.Features.Lessons.Handlers;
using IntervisieBot.Privacy;

namespace IntervisieBot.Features.Lessons.Cards;

/// <summary>Every lesson card with invented data, for the card dump and the validation tests.</summary>
public sealed class LessonCardSamples(HandreikingCatalogue catalogue) : ICardSampleSource
{
    private static readonly DateTimeOffset Created = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    public static Lesson SampleLesson(HandreikingCatalogue catalogue) => new()
    {
        Id = LessonPartitions.NewId(Created),
        Scope = LessonScopeKind.Team,
        TenantId = "tenant",
        TeamKey = "19:team@thread.tacv2",
        OwnerKey = "00000000-0000-0000-0000-00000000000a",
        Text = "Bij schulden eerst samen de post openen en sorteren, pas daarna een plan maken.",
        ActionPlan = "Bij de volgende intake met schulden plan ik een half uur voor de post, samen met de schuldhulpverlener.",
        CopingPlan = "Als er geen tijd is, spreek ik een tweede afspraak binnen een week af.",
        Tags = ["schulden", "diagnose", "samenwerking-zorg"],
        Type = LessonTypes.Uitproberen,
        Evidence = EvidenceLevels.Praktijkervaring,
        Handreikingen = [.. catalogue.Entries.Where(h => h.Tags.Contains("schulden")).Take(2).Select(h => h.Id)],
        CheckWeeks = 4,
        CheckDate = Created.AddDays(28),
        Visibility = LessonVisibility.MijnTeam,
        Created = Created,
        Updated = Created,
        History =
        [
            new LessonHistoryEntry(Created, LessonHistoryKinds.Created),
            new LessonHistoryEntry(Created.AddDays(28), LessonHistoryKinds.FollowUp, "Werkte goed, blijf ik doen.", 4, "keep"),
        ],
    };

    public IEnumerable<CardSample> GetSamples(CultureInfo culture)
    {
        var lesson = SampleLesson(catalogue);
        var published = lesson with
        {
            Scope = LessonScopeKind.Organisation,
            Title = "Eerst de post, dan het plan",
            ReviewDate = Created.AddYears(1),
            Sources = ["19:team@thread.tacv2/" + lesson.Id],
        };
        var draft = LessonDraft.FromLesson(lesson) with { LessonId = null };

        yield return new CardSample("lessons.form", LessonFormCard.Create(culture, new LessonDraft(), hasTeam: true, catalogue));
        yield return new CardSample("lessons.form.prefilled", LessonFormCard.Create(culture, draft, hasTeam: false, catalogue, notice: LessonsStrings.FormFromSource(culture)));
        yield return new CardSample("lessons.form.dialog", LessonFormCard.Create(culture, draft with { Text = "" }, hasTeam: true, catalogue, LessonFormMode.Dialog, LessonsStrings.FormMessageNotTaken(culture), noticeIsWarning: true));
        yield return new CardSample("lessons.form.edit", LessonFormCard.Create(culture, LessonDraft.FromLesson(lesson), hasTeam: true, catalogue));
        yield return new CardSample("lessons.card.saved", LessonCard.Create(culture, lesson, catalogue, new LessonCardView(LessonsStrings.CardSaved(culture, 4), CanEdit: true, CanPropose: true)));
        yield return new CardSample("lessons.card.sent-back", LessonCard.Create(culture, lesson with { Curation = CurationStatus.SentBack, CurationNote = "Maak de les algemener." }, catalogue, new LessonCardView(CanEdit: true, CanPropose: true)));
        yield return new CardSample("lessons.card.published", LessonCard.Create(culture, published, catalogue, LessonCardView.ReadOnly));
        yield return new CardSample("lessons.card.me", LessonCard.Create(culture, published, catalogue, LessonCardView.MessagingExtension));
        yield return new CardSample("lessons.handreiking.me", HandreikingResultCard.Create(culture, catalogue.Entries.First(h => h.Url.Length > 0)));
        yield return new CardSample("lessons.list", LessonListCard.Create(culture, [lesson, published, lesson with { Type = LessonTypes.NietMeerDoen, Tags = [] }], isTeam: true, null, null));
        yield return new CardSample("lessons.list.empty", LessonListCard.Create(culture, [], isTeam: false, "schulden", LessonTypes.MeerDoen));
        yield return new CardSample("lessons.privacy", PrivacyCard.Create(culture, new GuardResult([new IdentifierFinding(IdentifierKind.Bsn, 10, 9)], false),
            LessonFormCard.LessonInput, LessonsRoutes.FieldLabel(culture, LessonFormCard.LessonInput), "Klant met BSN 000000000 ...", LessonFormCard.SaveVerb, draft.ToPayload(LessonFormCard.LessonInput)));
        yield return new CardSample("lessons.saved-shared", NoticeCard.Create(culture, LessonsStrings.CardTitle(culture), LessonsStrings.CardSavedShared(culture), TextColor.Good));
        yield return new CardSample("lessons.not-found", NoticeCard.Create(culture, LessonsStrings.NotFoundTitle(culture), LessonsStrings.NotFoundBody(culture), TextColor.Attention));
        var proposed = lesson with { Curation = CurationStatus.Proposed, AuthorNamed = true, AuthorName = "Klantmanager A" };
        yield return new CardSample("lessons.curation.queue", CurationCards.Queue(culture, [proposed, proposed with { Text = "Niet meer dreigen met een korting; eerst vragen wat iemand tegenhoudt." }],
            [published], [new InsightCount("schulden", 6, 3), new InsightCount("taal", 4)], [new InsightCount("#huisvesting", 5), new InsightCount("briefadres", 3)], 90, LessonsStrings.CurationPublished(culture)));
        yield return new CardSample("lessons.curation.queue-empty", CurationCards.Queue(culture, [], [], [], [], 90));
        yield return new CardSample("lessons.curation.review", CurationCards.Review(culture, proposed, [published]));
        yield return new CardSample("lessons.curation.review-problem", CurationCards.Review(culture, lesson with { Curation = CurationStatus.Proposed }, [], LessonsStrings.ReviewTitleRequired(culture), ""));
        foreach (var outcome in new[] { CurationStatus.Published, CurationStatus.Merged, CurationStatus.SentBack, CurationStatus.Rejected })
            yield return new CardSample("lessons.curation.outcome-" + outcome.ToString().ToLowerInvariant(), CurationCards.Outcome(culture, lesson, outcome, outcome == CurationStatus.SentBack ? "Maak de les algemener." : published.Heading));
        yield return new CardSample("lessons.proposed", NoticeCard.Create(culture, LessonsStrings.ProposedTitle(culture), LessonsStrings.ProposedBody(culture), TextColor.Good));
        yield return new CardSample("lessons.not-kennismakelaar", NoticeCard.Create(culture, LessonsStrings.NotKennismakelaarTitle(culture), LessonsStrings.NotKennismakelaarBody(culture), TextColor.Attention));
        yield return new CardSample("lessons.not-owner", NoticeCard.Create(culture, LessonsStrings.NotOwnerTitle(culture), LessonsStrings.NotOwnerBody(culture), TextColor.Attention));
    }
}
