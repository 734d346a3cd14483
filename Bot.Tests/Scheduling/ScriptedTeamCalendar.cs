using System.Collections.Concurrent;
using IntervisieBot.Features.Scheduling.Calendar;

namespace IntervisieBot.Tests.Scheduling;

/// <summary>
/// Stands in for the Microsoft Graph calendar at the <see cref="ITeamCalendar"/> contract (the Graph implementation and its
/// loopback Graph server are tested separately): records every call and answers with scripted results.
/// </summary>
internal sealed class ScriptedTeamCalendar : ITeamCalendar
{
    private readonly ConcurrentQueue<CalendarResult> _answers = new();

    public bool IsConfigured => true;

    public ConcurrentQueue<(string Operation, CalendarEventRef? Existing, CalendarSeries? Series, string? Comment)> Calls { get; } = new();

    public void Answer(params CalendarResult[] results)
    {
        foreach (var result in results) _answers.Enqueue(result);
    }

    public Task<CalendarResult> CreateSeriesAsync(CalendarSeries series, CancellationToken cancellationToken) => Next("create", null, series, null);

    public Task<CalendarResult> UpdateSeriesAsync(CalendarEventRef existing, CalendarSeries series, CancellationToken cancellationToken) => Next("update", existing, series, null);

    public Task<CalendarResult> CancelSeriesAsync(CalendarEventRef existing, string comment, CancellationToken cancellationToken) => Next("cancel", existing, null, comment);

    private Task<CalendarResult> Next(string operation, CalendarEventRef? existing, CalendarSeries? series, string? comment)
    {
        Calls.Enqueue((operation, existing, series, comment));
        return Task.FromResult(_answers.TryDequeue(out var answer) ? answer : new CalendarResult(CalendarStatus.Failed));
    }
}
