
namespace IntervisieBot.Features.Scheduling.Domain;

public enum SeriesStatus
{
    Active,
    Cancelled,
}
