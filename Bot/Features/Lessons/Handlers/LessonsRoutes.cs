using System.Globalization;
using IntervisieBot.Cards;
using IntervisieBot.Cards.Common;
using IntervisieBot.Features.Handreikingen.Domain;
using IntervisieBot.Features.Lessons.Cards;
using IntervisieBot.Features.Lessons.Domain;
using IntervisieBot.Features.Lessons.Storage;
using IntervisieBot.Features.Shared;
using IntervisieBot.Localization;
using IntervisieBot.Privacy;
using IntervisieBot.Protocol.Turns;
using Microsoft.Extensions.Logging;

namespace IntervisieBot.Features.Lessons.Handlers;

/// <summary>
/// <c>les</c> / <c>nieuwe les</c>: the lesson card; <c>lessen</c>: the team's list. Verbs: <c>lessons.new</c> (optionally
/// prefilled by an <see cref="ILessonPrefillSource"/>), <c>lessons.save</c>, <c>lessons.edit</c>, <c>lessons.open</c>,
/// <c>lessons.list</c> (filters). A lesson captured in a team or group chat belongs to that team unless the author picks
/// "alleen ik"; in a personal chat it is personal. Lesson ids from card data are looked up only where the actor may read.
/// </summary>
public sealed class LessonsRoutes(
    LessonCapture capture,
    LessonLibrary library,
    LessonTagSuggester tagger,
    ILiveCatalogue liveCatalogue,
    IPersonalDataGuard guard,
    IEnumerable<ILessonPrefillSource> prefillSources,
    ILogger<LessonsRoutes> logger) : IRouteContributor
{
    public static readonly string[] NewLessonPhrases = ["les", "nieuwe les", "lesson", "new lesson"];
    public static readonly string[] ListPhrases = ["lessen", "lessons"];

    public void AddRoutes(RouteTableBuilder routes) => routes
        .Commands(NewLessonPhrases, ShowNewFormAsync)
        .Commands(ListPhrases, ShowListAsync)
        .CardAction(LessonListCard.NewVerb, NewLessonAsync)
        .CardAction(LessonFormCard.SaveVerb, SaveAsync)
        .CardAction(LessonCard.EditVerb, EditAsync)
        .CardAction(LessonCard.OpenVerb, OpenAsync)
        .CardAction(LessonListCard.ListVerb, FilterListAsync);

    /// <summary>True when only the actor sees the answer: an Action.Execute response, or a personal chat.</summary>
    public static bool IsPrivateView(TurnContext turn, CardActionRequest? action) =>
        action?.ViaInvoke == true || turn.ConversationType is null or "personal";

    /// <summary>The form for a new lesson, with the text after the command as the lesson when the guard clears it.</summary>
    private async Task ShowNewFormAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var culture = turn.Culture();
        var draft = NewDraft(turn);
        string? notice = null;
        var warning = false;
        var text = turn.CommandArguments.Trim();
        if (text.Length > 0)
        {
            if (guard.Check(text).IsClean)
                draft = draft with { Text = Truncate(text, LessonDraftReader.MaxLessonLength), Tags = tagger.Suggest(text) };
            else
                (notice, warning) = (LessonsStrings.FormMessageNotTaken(culture), true);
        }
        var catalogue = await CatalogueAsync(cancellationToken).ConfigureAwait(false);
        await turn.SendCardAsync(Form(turn, culture, catalogue, draft, notice, warning), cancellationToken).ConfigureAwait(false);
    }

    private async Task<HandreikingCatalogue> CatalogueAsync(CancellationToken cancellationToken) =>
        (await liveCatalogue.GetAsync(cancellationToken).ConfigureAwait(false)).Catalogue;

    private async Task<CardActionResult> NewLessonAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var culture = turn.Culture();
        var catalogue = await CatalogueAsync(cancellationToken).ConfigureAwait(false);
        var kind = action.GetString(LessonFormCard.SourceKindData);
        var sourceId = action.GetString(LessonFormCard.SourceIdData);
        if (string.IsNullOrWhiteSpace(kind) || string.IsNullOrWhiteSpace(sourceId))
            return CardActionResult.ReplaceCard(Form(turn, culture, catalogue, NewDraft(turn), null, false));

        var draft = await PrefillAsync(turn, kind, sourceId, cancellationToken).ConfigureAwait(false) ?? NewDraft(turn);
        var notice = draft.SourceKind is null ? null
            : draft.Text.Length == 0 ? LessonsStrings.FormFromSourceWriteLesson(culture) : LessonsStrings.FormFromSource(culture);
        // The card with the button (a round's summary) stays: the lesson card arrives as a new message.
        await turn.SendCardAsync(Form(turn, culture, catalogue, draft, notice, false), cancellationToken).ConfigureAwait(false);
        return CardActionResult.ShowMessage(LessonsStrings.FormTitleNew(culture));
    }

    private async Task<LessonDraft?> PrefillAsync(TurnContext turn, string kind, string sourceId, CancellationToken cancellationToken)
    {
        // Every source of this kind is asked (each checks on the server that the actor may see its source); the first answer wins.
        LessonPrefill? prefill = null;
        foreach (var source in prefillSources.Where(s => string.Equals(s.SourceKind, kind, StringComparison.Ordinal)))
        {
            try
            {
                prefill = await source.GetPrefillAsync(turn, sourceId, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LessonsLog.PrefillFailed(logger, kind, ex);
            }
            if (prefill is not null) break;
        }
        if (prefill is null)
        {
            LessonsLog.PrefillMissing(logger, kind);
            return null;
        }
        // Checked when stored by the source; checked again here, because this card may be posted to the team.
        return LessonPrefillDraft.Apply(NewDraft(turn), prefill, text => text is not null && guard.Check(text).IsClean ? text : "", tagger);
    }

    private async Task<CardActionResult> SaveAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var culture = turn.Culture();
        var catalogue = await CatalogueAsync(cancellationToken).ConfigureAwait(false);
        var draft = LessonDraftReader.Read(action.Data, catalogue);
        var result = await capture.SaveAsync(turn, draft, cancellationToken).ConfigureAwait(false);
        return CardActionResult.ReplaceCard(RenderSaveResult(turn, culture, catalogue, draft, result, IsPrivateView(turn, action)));
    }

    internal static AdaptiveCard RenderSaveResult(TurnContext turn, CultureInfo culture, HandreikingCatalogue catalogue, LessonDraft draft, LessonSaveResult result, bool privateView)
    {
        draft = result.Draft ?? draft;
        if (result.Privacy is { } privacy)
        {
            var field = result.PrivacyField!;
            var text = draft.TextFields.First(f => f.InputId == field).Value;
            return PrivacyCard.Create(culture, privacy, field, FieldLabel(culture, field), text, LessonFormCard.SaveVerb, draft.ToPayload(exceptInput: field));
        }
        if (result.Problem is { } problem)
            return Form(turn, culture, catalogue, draft, LessonsStrings.Text.Get("Problem" + problem, culture), true);
        if (result.NotFound || result.Saved is not { } saved)
            return NoticeCard.Create(culture, LessonsStrings.NotFoundTitle(culture), LessonsStrings.NotFoundBody(culture), TextColor.Attention);
        if (!privateView && saved.Scope == LessonScopeKind.Personal)
            return NoticeCard.Create(culture, LessonsStrings.CardTitle(culture), LessonsStrings.CardSavedShared(culture), TextColor.Good);

        var notice = result.IsUpdate ? LessonsStrings.CardUpdated(culture) : LessonsStrings.CardSaved(culture, saved.CheckWeeks);
        if (result.TagsSuggested && saved.Tags.Count > 0) notice += " " + LessonsStrings.CardTagsAuto(culture);
        return LessonCard.Create(culture, saved, catalogue, ViewFor(TurnLessonViewer.From(turn), saved, notice));
    }

    private async Task<CardActionResult> EditAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var culture = turn.Culture();
        var viewer = TurnLessonViewer.From(turn);
        var lesson = await FindShowableAsync(turn, action, cancellationToken).ConfigureAwait(false);
        if (lesson is null) return NotFound(culture);
        if (!viewer.CanEdit(lesson))
            return CardActionResult.ReplaceCard(NoticeCard.Create(culture, LessonsStrings.NotOwnerTitle(culture), LessonsStrings.NotOwnerBody(culture), TextColor.Attention));
        return CardActionResult.ReplaceCard(Form(turn, culture, await CatalogueAsync(cancellationToken).ConfigureAwait(false), LessonDraft.FromLesson(lesson), null, false));
    }

    private async Task<CardActionResult> OpenAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var culture = turn.Culture();
        var lesson = await FindShowableAsync(turn, action, cancellationToken).ConfigureAwait(false);
        if (lesson is null) return NotFound(culture);
        return CardActionResult.ReplaceCard(LessonCard.Create(culture, lesson, await CatalogueAsync(cancellationToken).ConfigureAwait(false), ViewFor(TurnLessonViewer.From(turn), lesson, null)));
    }

    /// <summary>A lesson the actor may read and that may be shown here (a personal lesson only where only the actor sees it).</summary>
    private async Task<Lesson?> FindShowableAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var id = action.GetString(LessonFormCard.LessonIdData) ?? "";
        var lesson = await library.FindAsync(TurnLessonViewer.From(turn), id, cancellationToken).ConfigureAwait(false);
        if (lesson is null || (lesson.Scope == LessonScopeKind.Personal && !IsPrivateView(turn, action)))
        {
            LessonsLog.LessonNotFound(logger, LessonPartitions.IsWellFormedId(id) ? id : "(malformed)");
            return null;
        }
        return lesson;
    }

    private async Task ShowListAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var viewer = TurnLessonViewer.From(turn);
        var lessons = await library.RecentAsync(viewer, null, null, cancellationToken).ConfigureAwait(false);
        await turn.SendCardAsync(LessonListCard.Create(turn.Culture(), lessons, viewer.Team is not null, null, null), cancellationToken).ConfigureAwait(false);
    }

    private async Task<CardActionResult> FilterListAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var viewer = TurnLessonViewer.From(turn);
        var tag = action.GetString(LessonListCard.FilterTagInput);
        var type = action.GetString(LessonListCard.FilterTypeInput);
        tag = TagTaxonomy.IsKnown(tag) ? tag : null;
        type = LessonTypes.IsKnown(type) ? type : null;
        var lessons = await library.RecentAsync(viewer, tag, type, cancellationToken).ConfigureAwait(false);
        return CardActionResult.ReplaceCard(LessonListCard.Create(turn.Culture(), lessons, viewer.Team is not null, tag, type));
    }

    internal static LessonCardView ViewFor(LessonViewer viewer, Lesson lesson, string? notice) => new(
        Notice: notice,
        CanEdit: viewer.CanEdit(lesson),
        CanPropose: CurationRules.CanPropose(viewer, lesson));

    internal static LessonDraft NewDraft(TurnContext turn) => new()
    {
        Visibility = TurnLessonViewer.From(turn).Team is null ? LessonVisibility.AlleenIk : LessonVisibility.MijnTeam,
    };

    internal static AdaptiveCard Form(TurnContext turn, CultureInfo culture, HandreikingCatalogue catalogue, LessonDraft draft, string? notice, bool warning, LessonFormMode mode = LessonFormMode.Conversation) =>
        LessonFormCard.Create(culture, draft, TurnLessonViewer.From(turn).Team is not null, catalogue, mode, notice, warning);

    internal static string FieldLabel(CultureInfo culture, string field) => field switch
    {
        LessonFormCard.ActionPlanInput => LessonsStrings.FormActionPlanLabel(culture),
        LessonFormCard.CopingPlanInput => LessonsStrings.FormCopingPlanLabel(culture),
        _ => LessonsStrings.FormLessonLabel(culture),
    };

    private static CardActionResult NotFound(CultureInfo culture) =>
        CardActionResult.ReplaceCard(NoticeCard.Create(culture, LessonsStrings.NotFoundTitle(culture), LessonsStrings.NotFoundBody(culture), TextColor.Attention));

    internal static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
