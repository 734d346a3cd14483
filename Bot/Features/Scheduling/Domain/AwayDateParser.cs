using System.Globalization;

namespace IntervisieBot.Features.Scheduling.Domain;

/// <summary>
/// The date in <c>afwezig &lt;datum&gt;</c>: day-month(-year) with dashes, slashes or dots (always day first, as in Dutch),
/// ISO <c>yyyy-MM-dd</c>, or a day with a Dutch or English month name ("12 maart", "12 mrt 2026", "March 12"), optionally
/// after a weekday ("donderdag 12 maart"). Without a year: the first such date on or after today. Pure; no clock of its own.
/// </summary>
public static class AwayDateParser
{
    private static readonly CultureInfo[] Cultures = [CultureInfo.GetCultureInfo("nl-NL"), CultureInfo.GetCultureInfo("en-GB")];

    private static readonly string[] WithYear =
    [
        "yyyy-M-d", "d-M-yyyy", "d/M/yyyy", "d.M.yyyy", "d-M-yy", "d/M/yy",
        "d MMMM yyyy", "d MMM yyyy", "MMMM d yyyy", "MMM d yyyy",
    ];

    /// <summary>Formats without a year, each tried with the year appended after <c>Separator</c>.</summary>
    private static readonly (string Format, string Separator)[] WithoutYear =
    [
        ("d-M", "-"), ("d/M", "/"), ("d.M", "."), ("d MMMM", " "), ("d MMM", " "), ("MMMM d", " "), ("MMM d", " "),
    ];

    public static DateOnly? Parse(string? text, DateOnly today)
    {
        var words = (text ?? "").Replace(",", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 0 && IsWeekday(words[0])) words.RemoveAt(0);
        if (words.Count is 0 or > 3) return null;
        var value = string.Join(' ', words).ToLowerInvariant();

        foreach (var culture in Cultures)
        {
            if (DateOnly.TryParseExact(value, WithYear, culture, DateTimeStyles.None, out var date)) return date;
        }

        foreach (var culture in Cultures)
        {
            foreach (var (format, separator) in WithoutYear)
            {
                if (!DateOnly.TryParseExact(value + separator + today.Year.ToString(CultureInfo.InvariantCulture), format + separator + "yyyy", culture, DateTimeStyles.None, out var date))
                {
                    continue;
                }
                if (date >= today) return date;
                // Already passed this year: the same day next year (29 February falls back to no date).
                return DateOnly.TryParseExact(value + separator + (today.Year + 1).ToString(CultureInfo.InvariantCulture), format + separator + "yyyy", culture, DateTimeStyles.None, out var next)
                    ? next
                    : null;
            }
        }
        return null;
    }

    private static bool IsWeekday(string word) =>
        Cultures.Any(c => c.DateTimeFormat.DayNames.Concat(c.DateTimeFormat.AbbreviatedDayNames).Any(d => string.Equals(d.TrimEnd('.'), word.TrimEnd('.'), StringComparison.OrdinalIgnoreCase)));
}
