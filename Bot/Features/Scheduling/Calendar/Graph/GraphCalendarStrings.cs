using System.Globalization;
using System.Resources;
using IntervisieBot.Localization;

namespace IntervisieBot.Features.Scheduling.Calendar.Graph;

/// <summary>Typed access to <c>GraphCalendarStrings.resx</c> (Dutch) and <c>GraphCalendarStrings.en.resx</c>: texts the bot writes into the calendar.</summary>
public static class GraphCalendarStrings
{
    public static LocalizedText Text { get; } = new(new ResourceManager(typeof(GraphCalendarStrings)));

    /// <summary>The cancellation comment attendees get for an occurrence skipped because of a public holiday.</summary>
    public static string SkippedOccurrenceComment(CultureInfo c) => Text.Get(nameof(SkippedOccurrenceComment), c);
}
