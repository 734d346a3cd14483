using IntervisieBot.Features.Intervisie.Domain;

namespace IntervisieBot.Features.Scheduling.Domain;

/// <summary>
/// Proposes the inbrenger and gespreksleider of one planned session with <see cref="RotationAdvisor"/> (least recently in
/// that role first), never choosing someone marked away, and avoiding the previous session's role holders when enough
/// others are available (so nobody carries a role two sessions in a row when that can be helped).
/// </summary>
public static class SessionRotation
{
    /// <param name="members">Team members' user keys.</param>
    /// <param name="away">Members who said they are away for this session.</param>
    /// <param name="history">Earlier sessions and rounds: who held which role when.</param>
    /// <param name="avoid">The previous session's role holders.</param>
    /// <param name="keepInbrenger">An inbrenger who stays (only the gespreksleider is proposed anew).</param>
    /// <param name="keepGespreksleider">A gespreksleider who stays (only the inbrenger is proposed anew).</param>
    public static (string? Inbrenger, string? Gespreksleider) Propose(
        IReadOnlyList<string> members,
        IReadOnlyCollection<string> away,
        IReadOnlyList<RotationHistoryEntry> history,
        IReadOnlyCollection<string> avoid,
        string? keepInbrenger = null,
        string? keepGespreksleider = null)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(away);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(avoid);
        var available = members.Where(m => !away.Contains(m)).Distinct(StringComparer.Ordinal).ToList();
        if (keepInbrenger is not null && !available.Contains(keepInbrenger)) keepInbrenger = null;
        if (keepGespreksleider is not null && !available.Contains(keepGespreksleider)) keepGespreksleider = null;

        var kept = new[] { keepInbrenger, keepGespreksleider }.OfType<string>().ToHashSet(StringComparer.Ordinal);
        var fresh = available.Where(m => !avoid.Contains(m) || kept.Contains(m)).ToList();
        var pool = fresh.Count >= 2 ? fresh : available;
        var chosen = Choose(pool, history, keepInbrenger, keepGespreksleider);
        if ((chosen.Inbrenger is null || chosen.Gespreksleider is null) && pool.Count != available.Count)
        {
            chosen = Choose(available, history, keepInbrenger, keepGespreksleider);
        }
        return chosen;
    }

    private static (string? Inbrenger, string? Gespreksleider) Choose(
        IReadOnlyList<string> pool, IReadOnlyList<RotationHistoryEntry> history, string? keepInbrenger, string? keepGespreksleider)
    {
        if (keepGespreksleider is not null && keepInbrenger is null)
        {
            // Rank the inbrenger among everyone but the gespreksleider who stays.
            var others = pool.Select(id => new RotationMember(id, IsAway: id == keepGespreksleider)).ToList();
            var suggestion = RotationAdvisor.Suggest(others, history);
            return (suggestion.InbrengerId, keepGespreksleider);
        }

        var result = RotationAdvisor.Suggest([.. pool.Select(id => new RotationMember(id))], history, keepInbrenger);
        return (result.InbrengerId, result.GespreksleiderId);
    }
}
