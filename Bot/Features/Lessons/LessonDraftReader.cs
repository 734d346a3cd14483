using System.Globalization;
using System.Text.Json;
using IntervisieBot.Features.Handreikingen;

namespace IntervisieBot.Features.Lessons;

/// <summary>Reads and normalises a submitted lesson card: unknown choices fall back to defaults, unknown tags are dropped.</summary>
public static class LessonDraftReader
{
    public const int MaxLessonLength = 500;
    public const int MaxPlanLength = 1000;
    public const int MaxSourceIdLength = 200;

    public static LessonDraft Read(JsonElement data, HandreikingCatalogue catalogue)
    {
        string Get(string name) =>
            data.ValueKind == JsonValueKind.Object && data.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()!.Trim() : "";

        var lessonId = Get(LessonFormCard.LessonIdData);
        var sourceKind = Get(LessonFormCard.SourceKindData);
        var sourceId = Get(LessonFormCard.SourceIdData);
        var type = Get(LessonFormCard.TypeInput);
        var evidence = Get(LessonFormCard.EvidenceInput);
        var visibility = Get(LessonFormCard.VisibilityInput);
        var weeks = int.TryParse(Get(LessonFormCard.CheckWeeksInput), NumberStyles.None, CultureInfo.InvariantCulture, out var w) && CheckPeriods.IsKnown(w)
            ? w : CheckPeriods.DefaultWeeks;
        return new LessonDraft
        {
            LessonId = LessonPartitions.IsWellFormedId(lessonId) ? lessonId : null,
            Text = Get(LessonFormCard.LessonInput),
            ActionPlan = Get(LessonFormCard.ActionPlanInput),
            CopingPlan = Get(LessonFormCard.CopingPlanInput),
            Tags = SplitKnown(Get(LessonFormCard.TagsInput), TagTaxonomy.IsKnown),
            Type = LessonTypes.IsKnown(type) ? type : LessonTypes.Default,
            Evidence = EvidenceLevels.IsKnown(evidence) ? evidence : EvidenceLevels.Praktijkervaring,
            Handreikingen = SplitKnown(Get(LessonFormCard.HandreikingenInput), id => catalogue.Find(id) is not null),
            CheckWeeks = weeks,
            Visibility = LessonVisibility.IsKnown(visibility) ? visibility : LessonVisibility.MijnTeam,
            SourceKind = sourceKind.Length is > 0 and <= 40 ? sourceKind : null,
            SourceId = sourceId.Length is > 0 and <= MaxSourceIdLength ? sourceId : null,
        };
    }

    /// <summary>The first problem that keeps the draft from being saved, as a string key, or null when it can be saved.</summary>
    public static string? Problem(LessonDraft draft) =>
        draft.Text.Length == 0 ? "LessonRequired"
        : draft.Text.Length > MaxLessonLength ? "LessonTooLong"
        : draft.ActionPlan.Length > MaxPlanLength || draft.CopingPlan.Length > MaxPlanLength ? "PlanTooLong"
        : null;

    public static IReadOnlyList<string> SplitKnown(string value, Func<string, bool> isKnown) =>
        [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(isKnown).Distinct(StringComparer.Ordinal)];
}
