using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using IntervisieBot.Cards;
using IntervisieBot.Features.Handreikingen.Domain;
using IntervisieBot.Features.Lessons.Cards;
using IntervisieBot.Features.Lessons.Domain;
using IntervisieBot.Features.Lessons.Storage;
using IntervisieBot.Localization;
using IntervisieBot.Privacy;
using IntervisieBot.Protocol.Schema;
using IntervisieBot.Protocol.Turns;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntervisieBot.Features.Lessons.Handlers;

/// <summary>
/// The messaging extension: search <c>zoekLessen</c> (parameter <c>zoekterm</c>; <c>initialRun</c> gives recent lessons) over
/// the lessons the searcher may read plus matching handreikingen, and the message action <c>bewaarAlsLes</c> (fetchTask opens
/// the lesson card prefilled with the message text when the privacy guard clears it; submitAction saves).
/// </summary>
public sealed partial class LessonsMessagingExtension(
    LessonLibrary library,
    LessonCapture capture,
    LessonTagSuggester tagger,
    ILiveCatalogue liveCatalogue,
    IPersonalDataGuard guard,
    IOptions<LessonsOptions> options,
    TimeProvider time,
    ILogger<LessonsMessagingExtension> logger) : IRouteContributor
{
    public const string SearchCommand = "zoekLessen";
    public const string SearchParameter = "zoekterm";
    public const string InitialRunParameter = "initialRun";
    public const string SaveCommand = "bewaarAlsLes";
    public const string ThumbnailContentType = "application/vnd.microsoft.card.thumbnail";
    private const int MaxHandreikingResults = 3;
    private const int MaxSearchLength = 200;

    public void AddRoutes(RouteTableBuilder routes) => routes
        .ComposeExtension(InvokeNames.ComposeExtensionQuery, SearchCommand, SearchAsync)
        .ComposeExtension(InvokeNames.ComposeExtensionFetchTask, SaveCommand, FetchTaskAsync)
        .ComposeExtension(InvokeNames.ComposeExtensionSubmitAction, SaveCommand, SubmitActionAsync);

    private async Task<InvokeResponse> SearchAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var culture = turn.Culture();
        var (term, initialRun) = ReadQuery(turn.Activity.Value);
        term = term.Trim();
        if (term.Length > MaxSearchLength) term = term[..MaxSearchLength];
        if (!guard.Check(term).IsClean) return Message(LessonsStrings.MeSearchPrivacy(culture));

        var viewer = TurnLessonViewer.From(turn);
        var snapshot = await liveCatalogue.GetAsync(cancellationToken).ConfigureAwait(false);
        var catalogue = snapshot.Catalogue;
        var started = time.GetTimestamp();
        var query = initialRun && term.Length == 0 ? LessonSearchQuery.Empty : library.Engine.Analyze(term);
        if (query.IsEmpty && !initialRun && term.Length > 0) return Message(LessonsStrings.MeNoResults(culture));
        var (hits, candidates) = await library.SearchAsync(viewer, query, options.Value.SearchResults, cancellationToken).ConfigureAwait(false);
        var handreikingen = query.IsEmpty ? [] : snapshot.Recommender.Recommend(term, culture).Handreikingen.Take(MaxHandreikingResults).ToList();
        LessonsLog.Searched(logger, candidates, hits.Count, (long)time.GetElapsedTime(started).TotalMilliseconds);

        if (hits.Count == 0 && handreikingen.Count == 0)
        {
            if (!query.IsEmpty) await library.RecordNeedAsync(viewer, query, cancellationToken).ConfigureAwait(false);
            return Message(LessonsStrings.MeNoResults(culture));
        }

        List<Attachment> attachments = [];
        foreach (var hit in hits)
        {
            var card = LessonCard.Create(culture, hit.Lesson, catalogue, LessonCardView.MessagingExtension);
            if (!CardSize.FitsMessagingExtension(card)) continue;
            attachments.Add(Result(card, hit.Lesson.Heading, PreviewSubtitle(culture, hit.Lesson)));
        }
        foreach (var recommended in handreikingen)
        {
            var card = HandreikingResultCard.Create(culture, recommended.Entry);
            if (CardSize.FitsMessagingExtension(card))
                attachments.Add(Result(card, recommended.Entry.Title, LessonsStrings.HandreikingLabel(culture, recommended.Entry.Publisher)));
        }
        return new InvokeResponse(200, new { composeExtension = new { type = "result", attachmentLayout = "list", attachments } });
    }

    private async Task<InvokeResponse> FetchTaskAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var culture = turn.Culture();
        var catalogue = (await liveCatalogue.GetAsync(cancellationToken).ConfigureAwait(false)).Catalogue;
        var draft = new LessonDraft { Visibility = TurnLessonViewer.From(turn).Team is null ? LessonVisibility.AlleenIk : LessonVisibility.MijnTeam };
        var text = MessageText(turn.Activity.Value);
        string? notice = null;
        var warning = false;
        if (text.Length > 0)
        {
            if (guard.Check(text).IsClean)
            {
                var lesson = LessonsRoutes.Truncate(text, LessonDraftReader.MaxLessonLength);
                draft = draft with { Text = lesson, Tags = tagger.Suggest(lesson) };
                notice = LessonsStrings.FormFromMessage(culture);
            }
            else
            {
                (notice, warning) = (LessonsStrings.FormMessageNotTaken(culture), true);
            }
        }
        var card = LessonFormCard.Create(culture, draft, TurnLessonViewer.From(turn).Team is not null, catalogue, LessonFormMode.Dialog, notice, warning);
        return Dialog(culture, card);
    }

    private async Task<InvokeResponse> SubmitActionAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var culture = turn.Culture();
        var catalogue = (await liveCatalogue.GetAsync(cancellationToken).ConfigureAwait(false)).Catalogue;
        var data = turn.Activity.Value is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty("data", out var d) ? d : default;
        var draft = LessonDraftReader.Read(data, catalogue);
        var result = await capture.SaveAsync(turn, draft, cancellationToken).ConfigureAwait(false);
        draft = result.Draft ?? draft;
        if (result.Privacy is { } privacy)
        {
            var field = result.PrivacyField!;
            var text = draft.TextFields.First(f => f.InputId == field).Value;
            // The text comes back masked to edit; Action.Submit, because this is a dialog.
            var card = PrivacyCard.Create(culture, privacy, field, LessonsRoutes.FieldLabel(culture, field), text, LessonFormCard.SaveVerb);
            card = card with { Actions = [new SubmitAction { Title = card.Actions![0].Title, Data = draft.ToPayload(exceptInput: field) }] };
            return Dialog(culture, card);
        }
        if (result.Problem is { } problem)
        {
            var form = LessonFormCard.Create(culture, draft, TurnLessonViewer.From(turn).Team is not null, catalogue, LessonFormMode.Dialog,
                LessonsStrings.Text.Get("Problem" + problem, culture), noticeIsWarning: true);
            return Dialog(culture, form);
        }
        return result.Saved is null ? Message(LessonsStrings.NotFoundBody(culture)) : Message(LessonsStrings.MeSaved(culture));
    }

    private static InvokeResponse Dialog(CultureInfo culture, AdaptiveCard card) =>
        new(200, new { task = new { type = "continue", value = new { title = LessonsStrings.MeTitle(culture), height = "large", width = "medium", card = CardAttachment.Create(card) } } });

    private static InvokeResponse Message(string text) => new(200, new { composeExtension = new { type = "message", text } });

    private static Attachment Result(AdaptiveCard card, string title, string subtitle) => new()
    {
        ContentType = Attachment.AdaptiveCardContentType,
        Content = CardJson.ToElement(card),
        Preview = new Attachment { ContentType = ThumbnailContentType, Content = new { title = Shorten(title, 120), text = subtitle } },
    };

    private static string PreviewSubtitle(CultureInfo culture, Lesson lesson)
    {
        var where = lesson.Scope switch
        {
            LessonScopeKind.Organisation => LessonsStrings.MePreviewPublished(culture),
            LessonScopeKind.Personal => LessonsStrings.MePreviewMine(culture),
            _ => LessonsStrings.MePreviewTeam(culture),
        };
        var tags = string.Join(", ", lesson.Tags.Take(3).Select(t => LessonsStrings.Tag(culture, t)));
        return tags.Length == 0 ? where : where + " · " + tags;
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    internal static (string Term, bool InitialRun) ReadQuery(JsonElement? value)
    {
        var term = "";
        var initialRun = false;
        if (value is { ValueKind: JsonValueKind.Object } v && v.TryGetProperty("parameters", out var parameters) && parameters.ValueKind == JsonValueKind.Array)
        {
            foreach (var parameter in parameters.EnumerateArray())
            {
                if (parameter.ValueKind != JsonValueKind.Object || !parameter.TryGetProperty("name", out var name)) continue;
                var text = parameter.TryGetProperty("value", out var pv) && pv.ValueKind == JsonValueKind.String ? pv.GetString() ?? "" : "";
                if (name.GetString() == SearchParameter) term = text;
                else if (name.GetString() == InitialRunParameter) initialRun = true;
            }
        }
        return (term, initialRun);
    }

    /// <summary>The plain text of the message a message action was started on (HTML tags removed, entities decoded).</summary>
    internal static string MessageText(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } v || !v.TryGetProperty("messagePayload", out var payload) || payload.ValueKind != JsonValueKind.Object
            || !payload.TryGetProperty("body", out var body) || body.ValueKind != JsonValueKind.Object
            || !body.TryGetProperty("content", out var content) || content.ValueKind != JsonValueKind.String)
            return "";
        var text = content.GetString() ?? "";
        var isHtml = body.TryGetProperty("contentType", out var type) && string.Equals(type.GetString(), "html", StringComparison.OrdinalIgnoreCase);
        if (isHtml) text = WebUtility.HtmlDecode(BlockTags().Replace(Tags().Replace(text, " "), " "));
        return Whitespace().Replace(text, " ").Trim();
    }

    [GeneratedRegex("<(br|/p|/div|/li)[^>]*>", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 200)]
    private static partial Regex BlockTags();

    [GeneratedRegex("<[^>]{0,2000}>", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Whitespace();
}
