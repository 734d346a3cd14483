namespace IntervisieBot.Features.Scheduling.Domain;

/// <summary>A planned session's proposed roles (user keys; null while open), whether each holder accepted, and who said they are away.</summary>
public sealed record SessionRoles(string? Inbrenger, bool InbrengerAccepted, string? Gespreksleider, bool GespreksleiderAccepted, IReadOnlyList<string> Away)
{
    public static SessionRoles Open { get; } = new(null, false, null, false, []);

    public bool Holds(string actor) => Inbrenger == actor || Gespreksleider == actor;

    public bool AnyProposed => Inbrenger is not null || Gespreksleider is not null;
}
