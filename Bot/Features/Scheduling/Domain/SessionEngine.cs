namespace IntervisieBot.Features.Scheduling.Domain;

/// <summary>
/// The rules of a planned session's roles, pure (no storage, no text): a member's action on the announcement, saying
/// ahead of time that one is away (or back), and proposing open roles again by fair rotation (<see cref="SessionRotation"/>).
/// The handlers load the session, ask here, store the result with its ETag and say the <see cref="SessionNotice"/> in words.
/// </summary>
public static class SessionEngine
{
    /// <summary>One tap on the announcement by <paramref name="actor"/> (a member of the team). <paramref name="history"/> is needed for Away and Back.</summary>
    public static SessionDecision Decide(SessionRoles roles, SessionAction action, string actor, IReadOnlyList<string> members, RotationContext? history)
    {
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(members);
        var isAway = roles.Away.Contains(actor);
        switch (action)
        {
            case SessionAction.Accept:
                if (!roles.Holds(actor)) return new(roles, SessionNotice.NoRole, false);
                return new(roles with
                {
                    InbrengerAccepted = roles.InbrengerAccepted || roles.Inbrenger == actor,
                    GespreksleiderAccepted = roles.GespreksleiderAccepted || roles.Gespreksleider == actor,
                }, SessionNotice.Accepted, true);
            case SessionAction.Away:
            {
                ArgumentNullException.ThrowIfNull(history);
                var away = roles with
                {
                    Away = isAway ? roles.Away : [.. roles.Away, actor],
                    Inbrenger = roles.Inbrenger == actor ? null : roles.Inbrenger,
                    Gespreksleider = roles.Gespreksleider == actor ? null : roles.Gespreksleider,
                };
                return new(Repropose(away, members, history).Roles, SessionNotice.Away, true);
            }
            case SessionAction.Back:
            {
                ArgumentNullException.ThrowIfNull(history);
                var back = roles with { Away = [.. roles.Away.Where(k => k != actor)] };
                if (back.Inbrenger is null || back.Gespreksleider is null) back = Repropose(back, members, history).Roles;
                return new(back, SessionNotice.Back, isAway);
            }
            case SessionAction.Swap:
                if (!roles.Holds(actor)) return new(roles, SessionNotice.NoRole, false);
                return new(roles with
                {
                    Inbrenger = roles.Gespreksleider,
                    Gespreksleider = roles.Inbrenger,
                    InbrengerAccepted = roles.Gespreksleider == actor,
                    GespreksleiderAccepted = roles.Inbrenger == actor,
                }, SessionNotice.Swapped, true);
            case SessionAction.TakeInbrenger:
            case SessionAction.TakeGespreksleider:
            {
                if (isAway) return new(roles, SessionNotice.AwayFirst, false);
                var takesInbrenger = action == SessionAction.TakeInbrenger;
                if ((takesInbrenger ? roles.Inbrenger : roles.Gespreksleider) == actor) return new(roles, SessionNotice.TookOver, false);
                // Taking the other role from yourself: the two swap.
                var taken = takesInbrenger
                    ? roles with
                    {
                        Gespreksleider = roles.Gespreksleider == actor ? roles.Inbrenger : roles.Gespreksleider,
                        GespreksleiderAccepted = roles.Gespreksleider != actor && roles.GespreksleiderAccepted,
                        Inbrenger = actor,
                        InbrengerAccepted = true,
                    }
                    : roles with
                    {
                        Inbrenger = roles.Inbrenger == actor ? roles.Gespreksleider : roles.Inbrenger,
                        InbrengerAccepted = roles.Inbrenger != actor && roles.InbrengerAccepted,
                        Gespreksleider = actor,
                        GespreksleiderAccepted = true,
                    };
                return new(taken, SessionNotice.TookOver, true);
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }
    }

    /// <summary>
    /// <c>afwezig</c> (<paramref name="back"/> false) or <c>aanwezig</c> ahead of the session. Once roles are out it is exactly
    /// the announcement's "Ik ben er niet" / "Ik ben er toch bij"; before that only the away list changes.
    /// </summary>
    public static AwayAheadDecision MarkAhead(SessionRoles roles, bool back, string actor, IReadOnlyList<string> members, RotationContext history)
    {
        ArgumentNullException.ThrowIfNull(roles);
        if (roles.Away.Contains(actor) != back) return new(roles, Already: true, RolesReproposed: false);
        if (roles.AnyProposed)
        {
            return new(Decide(roles, back ? SessionAction.Back : SessionAction.Away, actor, members, history).Roles, Already: false, RolesReproposed: true);
        }
        return new(roles with { Away = back ? [.. roles.Away.Where(k => k != actor)] : [.. roles.Away, actor] }, Already: false, RolesReproposed: false);
    }

    /// <summary>
    /// Fills open roles (or roles held by someone away or no longer in the team) with <see cref="SessionRotation"/>, keeping
    /// the other role's holder; a role that changes hands is no longer accepted. Returns the roles and whether they changed.
    /// </summary>
    public static (SessionRoles Roles, bool Changed) Repropose(SessionRoles roles, IReadOnlyList<string> members, RotationContext history)
    {
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(history);
        bool Holds(string? key) => key is not null && members.Contains(key) && !roles.Away.Contains(key);
        var keepI = Holds(roles.Inbrenger) ? roles.Inbrenger : null;
        var keepG = Holds(roles.Gespreksleider) ? roles.Gespreksleider : null;
        if (keepI is not null && keepG is not null) return (roles, false);
        var (inbrenger, gespreksleider) = SessionRotation.Propose(members, roles.Away.ToHashSet(StringComparer.Ordinal), history.Entries, history.Previous, keepI, keepG);
        var next = roles with
        {
            Inbrenger = inbrenger,
            Gespreksleider = gespreksleider,
            InbrengerAccepted = inbrenger == roles.Inbrenger && roles.InbrengerAccepted,
            GespreksleiderAccepted = gespreksleider == roles.Gespreksleider && roles.GespreksleiderAccepted,
        };
        return (next, inbrenger != roles.Inbrenger || gespreksleider != roles.Gespreksleider);
    }
}
