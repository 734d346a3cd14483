using System.Globalization;
using System.Text.Json;
using IntervisieBot.Cards;
using IntervisieBot.Features.Handreikingen.Domain;
using IntervisieBot.Features.Lessons.Cards;
using IntervisieBot.Features.Lessons.Domain;

namespace IntervisieBot.Features.Lessons.Cards;

/// <summary>Reads and normalises a submitted lesson card: unknown tags are dropped, missing or unknown choices are marked missing.</summary>
public static class LessonDraftReader
{
    public const int MaxLessonLength = 500;
    public const int MaxPlanLength = 1000;
    public const int MaxSourceIdLength = 200;

    /// <summary>
    /// The draft the data carries. An input that is missing or unreadable gets the narrowest default and is listed in
    /// <see cref="LessonDraft.Missing"/>, so an edit keeps the stored value. The visibility is a choice only a form in a team
    /// shows, and a choice always carries a value: without one a new lesson is "alleen ik" and an edited one keeps its own.
    /// </summary>
    public static LessonDraft Read(JsonElement data, HandreikingCatalogue catalogue)
    {
        string Get(string name) =>
            data.ValueKind == JsonValueKind.Object && data.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()!.Trim() : "";

        var missing = new HashSet<string>(StringComparer.Ordinal);
        string? Input(string id, Func<string, bool>? isValid = null)
        {
            var value = FormFields.Read(data, id);
            if (value is not null && (isValid is null || isValid(value))) return value;
            missing.Add(id);
            return null;
        }

        var lessonId = Get(LessonFormCard.LessonIdData);
        var sourceKind = Get(LessonFormCard.SourceKindData);
        var sourceId = Get(LessonFormCard.SourceIdData);
        var type = Input(LessonFormCard.TypeInput, LessonTypes.IsKnown);
        var evidence = Input(LessonFormCard.EvidenceInput, LessonEvidence.IsKnown);
        var weeks = Input(LessonFormCard.CheckWeeksInput, w => ParseWeeks(w) is not null);
        var tags = Input(LessonFormCard.TagsInput);
        var handreikingen = Input(LessonFormCard.HandreikingenInput);
        var visibility = Input(LessonFormCard.VisibilityInput, LessonVisibility.IsKnown);
        return new LessonDraft
        {
            LessonId = LessonPartitions.IsWellFormedId(lessonId) ? lessonId : null,
            Text = Input(LessonFormCard.LessonInput) ?? "",
            ActionPlan = Input(LessonFormCard.ActionPlanInput) ?? "",
            CopingPlan = Input(LessonFormCard.CopingPlanInput) ?? "",
            Tags = SplitKnown(tags ?? "", TagTaxonomy.IsKnown),
            Type = type ?? LessonTypes.Default,
            Evidence = evidence ?? LessonEvidence.Default,
            Handreikingen = SplitKnown(handreikingen ?? "", id => catalogue.Find(id) is not null),
            CheckWeeks = weeks is null ? CheckPeriods.DefaultWeeks : ParseWeeks(weeks)!.Value,
            Visibility = visibility ?? LessonVisibility.AlleenIk,
            SourceKind = sourceKind.Length is > 0 and <= 40 ? sourceKind : null,
            SourceId = sourceId.Length is > 0 and <= MaxSourceIdLength ? sourceId : null,
            Missing = missing,
        };
    }

    private static int? ParseWeeks(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var w) && CheckPeriods.IsKnown(w) ? w : null;

    /// <summary>The first problem that keeps the draft from being saved, as a string key, or null when it can be saved.</summary>
    public static string? Problem(LessonDraft draft) =>
        draft.Text.Length == 0 ? "LessonRequired"
        : draft.Text.Length > MaxLessonLength ? "LessonTooLong"
        : draft.ActionPlan.Length > MaxPlanLength || draft.CopingPlan.Length > MaxPlanLength ? "PlanTooLong"
        : null;

    public static IReadOnlyList<string> SplitKnown(string value, Func<string, bool> isKnown) =>
        [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(isKnown).Distinct(StringComparer.Ordinal)];
}
