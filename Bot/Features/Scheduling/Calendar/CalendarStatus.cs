
namespace IntervisieBot.Features.Scheduling.Calendar;

public enum CalendarStatus
{
    Succeeded,
    NotConfigured,
    PermissionMissing,
    Throttled,
    NotFound,
    Failed,
}
