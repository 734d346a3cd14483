using System.Text.Json.Nodes;

namespace IntervisieBot.Features.Lessons;

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
    public string Evidence { get; init; } = IntervisieBot.Features.Handreikingen.EvidenceLevels.Praktijkervaring;
    public IReadOnlyList<string> Handreikingen { get; init; } = [];
    public int CheckWeeks { get; init; } = CheckPeriods.DefaultWeeks;
    public string Visibility { get; init; } = LessonVisibility.MijnTeam;
    public string? SourceKind { get; init; }
    public string? SourceId { get; init; }

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

    /// <summary>
    /// The draft as action data, without <paramref name="exceptInput"/> (the field a privacy card asks to edit, so a rejected
    /// text is never carried in card data).
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
        Put(LessonFormCard.VisibilityInput, Visibility);
        return payload;
    }
}
