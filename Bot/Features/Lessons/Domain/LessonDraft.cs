using System.Text.Json.Nodes;
using IntervisieBot.Cards;
using IntervisieBot.Features.Lessons.Cards;

namespace IntervisieBot.Features.Lessons.Domain;

/// <summary>
/// What a lesson card submitted (or what a new card starts with): the inputs plus the hidden ids of the action's data.
/// Nothing here is trusted: <see cref="LessonDraftReader"/> normalises it, the privacy guard checks every text, and the
/// handler checks ids against what the actor may touch.
/// </summary>
public sealed record LessonDraft
{
    public string? LessonId { get; init; }
    public string Text { get; init; } = "";
    public string ActionPlan { get; init; } = "";
    public string CopingPlan { get; init; } = "";
    public IReadOnlyList<string> Tags { get; init; } = [];
    public string Type { get; init; } = LessonTypes.Default;
    public string Evidence { get; init; } = LessonEvidence.Default;
    public IReadOnlyList<string> Handreikingen { get; init; } = [];
    public int CheckWeeks { get; init; } = CheckPeriods.DefaultWeeks;
    public string Visibility { get; init; } = LessonVisibility.AlleenIk;
    public string? SourceKind { get; init; }
    public string? SourceId { get; init; }

    /// <summary>
    /// The inputs the submitted data did not carry (or carried unreadably): their values here are the narrowest defaults, and
    /// an edit keeps the stored value instead (<see cref="Over"/>). Empty for a draft built on the server.
    /// </summary>
    public IReadOnlySet<string> Missing { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Every input of the lesson form (the visibility choice only in a team).</summary>
    public static IReadOnlyList<string> InputIds { get; } =
    [
        LessonFormCard.LessonInput, LessonFormCard.TypeInput, LessonFormCard.TagsInput, LessonFormCard.ActionPlanInput,
        LessonFormCard.CopingPlanInput, LessonFormCard.EvidenceInput, LessonFormCard.HandreikingenInput,
        LessonFormCard.CheckWeeksInput, LessonFormCard.VisibilityInput,
    ];

    /// <summary>The free-text fields by input id, in card order (each is checked by the privacy guard).</summary>
    public IReadOnlyList<(string InputId, string Value)> TextFields =>
    [
        (LessonFormCard.LessonInput, Text),
        (LessonFormCard.ActionPlanInput, ActionPlan),
        (LessonFormCard.CopingPlanInput, CopingPlan),
    ];

    public static LessonDraft FromLesson(Lesson lesson) => new()
    {
        LessonId = lesson.Id,
        Text = lesson.Text,
        ActionPlan = lesson.ActionPlan ?? "",
        CopingPlan = lesson.CopingPlan ?? "",
        Tags = lesson.Tags,
        Type = lesson.Type,
        Evidence = lesson.Evidence,
        Handreikingen = lesson.Handreikingen,
        CheckWeeks = lesson.CheckWeeks,
        Visibility = lesson.Visibility,
        SourceKind = lesson.SourceKind,
        SourceId = lesson.SourceId,
    };

    /// <summary>This draft over the stored lesson: every missing input keeps the stored value; nothing is missing afterwards.</summary>
    public LessonDraft Over(Lesson stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var kept = FromLesson(stored);
        bool Keep(string input) => Missing.Contains(input);
        return this with
        {
            Text = Keep(LessonFormCard.LessonInput) ? kept.Text : Text,
            ActionPlan = Keep(LessonFormCard.ActionPlanInput) ? kept.ActionPlan : ActionPlan,
            CopingPlan = Keep(LessonFormCard.CopingPlanInput) ? kept.CopingPlan : CopingPlan,
            Tags = Keep(LessonFormCard.TagsInput) ? kept.Tags : Tags,
            Type = Keep(LessonFormCard.TypeInput) ? kept.Type : Type,
            Evidence = Keep(LessonFormCard.EvidenceInput) ? kept.Evidence : Evidence,
            Handreikingen = Keep(LessonFormCard.HandreikingenInput) ? kept.Handreikingen : Handreikingen,
            CheckWeeks = Keep(LessonFormCard.CheckWeeksInput) ? kept.CheckWeeks : CheckWeeks,
            Visibility = Keep(LessonFormCard.VisibilityInput) ? kept.Visibility : Visibility,
            Missing = new HashSet<string>(StringComparer.Ordinal),
        };
    }

    /// <summary>
    /// The draft as action data, without <paramref name="exceptInput"/> (the field a privacy card asks to edit, so a rejected
    /// text is never carried in card data; the privacy card shows it as an input). Every input that is not missing is listed as
    /// shown, so an emptied one reads as empty again and a missing one stays missing.
    /// </summary>
    public JsonObject ToPayload(string? exceptInput = null)
    {
        var payload = new JsonObject();
        void Put(string key, string? value)
        {
            if (key != exceptInput && !string.IsNullOrEmpty(value)) payload[key] = value;
        }
        Put(LessonFormCard.LessonIdData, LessonId);
        Put(LessonFormCard.SourceKindData, SourceKind);
        Put(LessonFormCard.SourceIdData, SourceId);
        foreach (var (input, value) in TextFields) Put(input, value);
        Put(LessonFormCard.TagsInput, string.Join(',', Tags));
        Put(LessonFormCard.TypeInput, Type);
        Put(LessonFormCard.EvidenceInput, Evidence);
        Put(LessonFormCard.HandreikingenInput, string.Join(',', Handreikingen));
        Put(LessonFormCard.CheckWeeksInput, CheckWeeks.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (!Missing.Contains(LessonFormCard.VisibilityInput)) Put(LessonFormCard.VisibilityInput, Visibility);
        foreach (var input in Missing) payload.Remove(input);
        return payload.WithShown(InputIds.Where(i => !Missing.Contains(i)));
    }
}
