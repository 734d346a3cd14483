using System.Globalization;

namespace IntervisieBot.Features.Scheduling.Domain;

/// <summary>
/// Checks every field of the plan card on the server (the card's own checks are only a convenience) and reports all
/// problems at once. Pure: today and the allowed start-time window are passed in.
/// </summary>
public static class SeriesPlanValidator
{
    public const int MinDurationMinutes = 30;
    public const int MaxDurationMinutes = 240;
    public const int MaxDaysAhead = 366;
    public const int MaxSeriesDays = 2 * 366;

    public static readonly int[] Cadences = [1, 2, 4];

    public static readonly DayOfWeek[] Weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    /// <param name="today">Today's local date (Europe/Amsterdam).</param>
    /// <param name="earliest">Earliest start time (the reminder window's start): the start card is posted at session time.</param>
    /// <param name="latest">Start times must be before this (the window's end).</param>
    public static SeriesPlanValidation Validate(SeriesPlanInput input, DateOnly today, TimeOnly earliest, TimeOnly latest, Func<string, bool> methodExists)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(methodExists);
        var errors = new List<PlanFieldError>();

        int? cadence = int.TryParse(input.Cadence, NumberStyles.None, CultureInfo.InvariantCulture, out var c) && Cadences.Contains(c) ? c : null;
        if (cadence is null) errors.Add(new(PlanField.Cadence, PlanError.CadenceInvalid));

        DayOfWeek? weekday = int.TryParse(input.Weekday, NumberStyles.None, CultureInfo.InvariantCulture, out var w) && Weekdays.Contains((DayOfWeek)w) ? (DayOfWeek)w : null;
        if (weekday is null) errors.Add(new(PlanField.Weekday, PlanError.WeekdayInvalid));

        TimeOnly? start = null;
        if (!TimeOnly.TryParseExact(input.StartTime?.Trim(), ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var s))
        {
            errors.Add(new(PlanField.StartTime, PlanError.StartTimeInvalid));
        }
        else if (s < earliest || s >= latest)
        {
            errors.Add(new(PlanField.StartTime, PlanError.StartTimeOutsideWindow));
        }
        else
        {
            start = s;
        }

        int? duration = null;
        if (!int.TryParse(input.Duration?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var d))
        {
            errors.Add(new(PlanField.Duration, PlanError.DurationInvalid));
        }
        else if (d is < MinDurationMinutes or > MaxDurationMinutes)
        {
            errors.Add(new(PlanField.Duration, PlanError.DurationOutOfRange));
        }
        else
        {
            duration = d;
        }

        var method = input.MethodId?.Trim();
        if (string.IsNullOrEmpty(method) || !methodExists(method))
        {
            errors.Add(new(PlanField.Method, PlanError.MethodUnknown));
            method = null;
        }

        DateOnly? first = null;
        if (!TryDate(input.FirstDate, out var f))
        {
            errors.Add(new(PlanField.FirstDate, PlanError.FirstDateInvalid));
        }
        else if (f < today)
        {
            errors.Add(new(PlanField.FirstDate, PlanError.FirstDateInPast));
        }
        else if (f > today.AddDays(MaxDaysAhead))
        {
            errors.Add(new(PlanField.FirstDate, PlanError.FirstDateTooFar));
        }
        else if (weekday is { } day && f.DayOfWeek != day)
        {
            errors.Add(new(PlanField.FirstDate, PlanError.FirstDateWrongWeekday, NextOnOrAfter(f, day)));
        }
        else
        {
            first = f;
        }

        DateOnly? end = null;
        if (!string.IsNullOrWhiteSpace(input.EndDate))
        {
            if (!TryDate(input.EndDate, out var e))
            {
                errors.Add(new(PlanField.EndDate, PlanError.EndDateInvalid));
            }
            else if (first is { } firstDate && e <= firstDate)
            {
                errors.Add(new(PlanField.EndDate, PlanError.EndDateBeforeFirst));
            }
            else if (first is { } from && e > from.AddDays(MaxSeriesDays))
            {
                errors.Add(new(PlanField.EndDate, PlanError.EndDateTooFar));
            }
            else
            {
                end = e;
            }
        }

        HolidayHandling? holidays = input.Holidays switch
        {
            PlanField.HolidaysMove => HolidayHandling.Move,
            PlanField.HolidaysSkip => HolidayHandling.Skip,
            _ => null,
        };
        if (holidays is null) errors.Add(new(PlanField.Holidays, PlanError.HolidaysInvalid));

        if (errors.Count > 0) return new SeriesPlanValidation(null, errors);
        return new SeriesPlanValidation(
            new SeriesPlan(cadence!.Value, weekday!.Value, start!.Value, duration!.Value, method!, first!.Value, end, holidays!.Value), []);
    }

    public static DateOnly NextOnOrAfter(DateOnly date, DayOfWeek weekday) =>
        date.AddDays(((int)weekday - (int)date.DayOfWeek + 7) % 7);

    private static bool TryDate(string? value, out DateOnly date)
    {
        var text = value?.Trim() ?? "";
        // Teams sends yyyy-MM-dd; some clients append a time.
        if (text.Length > 10 && text[10] == 'T') text = text[..10];
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
