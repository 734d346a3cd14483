
namespace IntervisieBot.Features.Scheduling.Domain;

/// <summary>A series' health in counts only: sessions planned so far, held (a round was started that day), attendance, lessons.</summary>
public sealed record SeriesHealth(int SessionsPlanned, int SessionsHeld, double? AverageAttendance, int Lessons)
{
    public double? LessonsPerSession => SessionsHeld == 0 ? null : (double)Lessons / SessionsHeld;
}
