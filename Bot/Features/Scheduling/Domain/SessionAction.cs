namespace IntervisieBot.Features.Scheduling.Domain;

/// <summary>What a member does about a planned session (the announcement's buttons; away/back also by command ahead of time).</summary>
public enum SessionAction
{
    Accept,
    Away,
    Back,
    Swap,
    TakeInbrenger,
    TakeGespreksleider,
}
