namespace IntervisieBot.Features.Scheduling;

public enum SeriesStatus
{
    Active,
    Cancelled,
}
