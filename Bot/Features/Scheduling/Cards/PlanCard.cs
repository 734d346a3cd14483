using System.Globalization;
using System.Text.Json.Nodes;
using IntervisieBot.Cards;
using IntervisieBot.Features.Intervisie.Methods;
using IntervisieBot.Features.Scheduling.Domain;

namespace IntervisieBot.Features.Scheduling.Cards;

/// <summary>
/// <c>plan intervisie</c>: the teamleider's card to set (or change) the series: cadence, weekday, start time, duration,
/// default method, first and optional last date, and what happens on a public holiday. Refused fields are shown in
/// friendly words right under the field; the card keeps what was typed.
/// </summary>
public static class PlanCard
{
    public static readonly int[] DurationOptions = [45, 60, 75, 90, 120, 150, 180];

    /// <param name="current">The stored plan (its values prefill the card), or null for a new series.</param>
    /// <param name="submitted">What was just submitted (shown again with <paramref name="errors"/>), or null.</param>
    /// <param name="version">The stored series' version, so a save from an old card is recognised.</param>
    public static AdaptiveCard Create(
        CultureInfo culture,
        IReadOnlyList<MethodDefinition> methods,
        DateOnly today,
        SeriesPlan? current,
        SeriesPlanInput? submitted = null,
        IReadOnlyList<PlanFieldError>? errors = null,
        string? version = null,
        TimeOnly? earliest = null,
        TimeOnly? latest = null)
    {
        ArgumentNullException.ThrowIfNull(methods);
        errors ??= [];
        var values = submitted ?? Input(current ?? Default(methods, today));
        var required = SchedulingStrings.Required(culture);
        List<CardElement> body =
        [
            new TextBlock { Text = SchedulingStrings.PlanTitle(culture), Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true },
            new TextBlock { Text = SchedulingStrings.PlanIntro(culture), Wrap = true },
        ];
        if (current is not null)
        {
            body.Add(new TextBlock { Text = SchedulingStrings.PlanCurrent(culture, SchedulingText.Rhythm(current, culture)), Wrap = true, IsSubtle = true });
        }
        if (errors.Count > 0)
        {
            body.Add(new TextBlock { Text = SchedulingStrings.PlanErrors(culture), Wrap = true, Color = TextColor.Attention, Weight = TextWeight.Bolder });
        }

        void Add(InputElement input)
        {
            body.Add(input);
            foreach (var error in errors.Where(e => e.Field == input.Id))
            {
                body.Add(new TextBlock { Text = ErrorText(error, values, culture, earliest, latest), Wrap = true, Color = TextColor.Attention, Spacing = Spacing.Small });
            }
        }

        Add(new InputChoiceSet
        {
            Id = PlanField.Cadence,
            Label = SchedulingStrings.LabelCadence(culture),
            Choices =
            [
                new Choice(SchedulingStrings.CadenceWeekly(culture), "1"),
                new Choice(SchedulingStrings.CadenceTwoWeeks(culture), "2"),
                new Choice(SchedulingStrings.CadenceFourWeeks(culture), "4"),
            ],
            Value = values.Cadence,
            Style = ChoiceInputStyle.Expanded,
            IsRequired = true,
            ErrorMessage = required,
        });
        Add(new InputChoiceSet
        {
            Id = PlanField.Weekday,
            Label = SchedulingStrings.LabelWeekday(culture),
            Choices = [.. SeriesPlanValidator.Weekdays.Select(d => new Choice(SchedulingText.Weekday(d, culture), ((int)d).ToString(CultureInfo.InvariantCulture)))],
            Value = values.Weekday,
            Style = ChoiceInputStyle.Compact,
            IsRequired = true,
            ErrorMessage = required,
        });
        Add(new InputText
        {
            Id = PlanField.StartTime,
            Label = SchedulingStrings.LabelStart(culture),
            Value = values.StartTime,
            MaxLength = 5,
            Placeholder = "14:00",
            IsRequired = true,
            ErrorMessage = required,
        });
        Add(new InputChoiceSet
        {
            Id = PlanField.Duration,
            Label = SchedulingStrings.LabelDuration(culture),
            Choices = [.. DurationOptions.Select(m => new Choice(SchedulingStrings.DurationOption(culture, m), m.ToString(CultureInfo.InvariantCulture)))],
            Value = values.Duration,
            Style = ChoiceInputStyle.Compact,
            IsRequired = true,
            ErrorMessage = required,
        });
        Add(new InputChoiceSet
        {
            Id = PlanField.Method,
            Label = SchedulingStrings.LabelMethod(culture),
            Choices = [.. methods.Select(m => new Choice(m.Name.For(culture), m.Id))],
            Value = values.MethodId,
            Style = ChoiceInputStyle.Compact,
            IsRequired = true,
            ErrorMessage = required,
        });
        Add(new InputDate
        {
            Id = PlanField.FirstDate,
            Label = SchedulingStrings.LabelFirst(culture),
            Value = ParseDate(values.FirstDate),
            Min = today,
            IsRequired = true,
            ErrorMessage = required,
        });
        Add(new InputDate
        {
            Id = PlanField.EndDate,
            Label = SchedulingStrings.LabelEnd(culture),
            Value = ParseDate(values.EndDate),
            Min = today,
        });
        Add(new InputChoiceSet
        {
            Id = PlanField.Holidays,
            Label = SchedulingStrings.LabelHolidays(culture),
            Choices =
            [
                new Choice(SchedulingStrings.HolidaysMove(culture), PlanField.HolidaysMove),
                new Choice(SchedulingStrings.HolidaysSkip(culture), PlanField.HolidaysSkip),
            ],
            Value = values.Holidays,
            Style = ChoiceInputStyle.Expanded,
            IsRequired = true,
            ErrorMessage = required,
        });

        var payload = new JsonObject().WithShown(PlanField.All);
        if (version is not null) payload[SchedulingVerbs.VersionData] = version;
        List<CardAction> actions = [CardActions.Execute(SchedulingStrings.SaveButton(culture), SchedulingVerbs.Save, payload)];
        if (current is not null)
        {
            actions.Add(CardActions.Execute(SchedulingStrings.StatusButton(culture), SchedulingVerbs.Status, associatedInputs: AssociatedInputs.None));
            actions.Add(CardActions.Execute(SchedulingStrings.StopButton(culture), SchedulingVerbs.Stop, associatedInputs: AssociatedInputs.None));
        }

        return new AdaptiveCard
        {
            Body = body,
            Actions = actions,
            FallbackText = SchedulingStrings.PlanTitle(culture),
            Lang = culture.TwoLetterISOLanguageName,
            MsTeams = TeamsCardProperties.Full,
        };
    }

    public static SeriesPlan Default(IReadOnlyList<MethodDefinition> methods, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(methods);
        var method = methods.FirstOrDefault(m => m.Id == "vijfstappenmethode")?.Id ?? methods.FirstOrDefault()?.Id ?? "";
        return new SeriesPlan(2, DayOfWeek.Thursday, new TimeOnly(14, 0), 90, method,
            SeriesPlanValidator.NextOnOrAfter(today.AddDays(7), DayOfWeek.Thursday), null, HolidayHandling.Move);
    }

    public static SeriesPlanInput Input(SeriesPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new(
            plan.IntervalWeeks.ToString(CultureInfo.InvariantCulture),
            ((int)plan.Weekday).ToString(CultureInfo.InvariantCulture),
            SchedulingText.Time(plan.StartTime),
            plan.DurationMinutes.ToString(CultureInfo.InvariantCulture),
            plan.MethodId,
            plan.FirstDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            plan.EndDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            plan.Holidays == HolidayHandling.Skip ? PlanField.HolidaysSkip : PlanField.HolidaysMove);
    }

    public static string ErrorText(PlanFieldError error, SeriesPlanInput values, CultureInfo culture, TimeOnly? earliest = null, TimeOnly? latest = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(values);
        return error.Error switch
        {
            PlanError.StartTimeOutsideWindow => SchedulingStrings.Error(error.Error, culture,
                SchedulingText.Time(earliest ?? new TimeOnly(8, 30)), SchedulingText.Time(latest ?? new TimeOnly(17, 0))),
            PlanError.DurationOutOfRange => SchedulingStrings.Error(error.Error, culture, SeriesPlanValidator.MinDurationMinutes, SeriesPlanValidator.MaxDurationMinutes),
            PlanError.FirstDateWrongWeekday when ParseDate(values.FirstDate) is { } first && error.Suggestion is { } suggestion => SchedulingStrings.Error(error.Error, culture,
                SchedulingText.Date(first, culture), SchedulingText.Weekday(first.DayOfWeek, culture),
                SchedulingText.Weekday(suggestion.DayOfWeek, culture), SchedulingText.Date(suggestion, culture)),
            _ => SchedulingStrings.Error(error.Error, culture),
        };
    }

    private static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value?.Length > 10 ? value[..10] : value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
