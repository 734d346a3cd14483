namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>
/// Fair rotation of the inbrenger and gespreksleider roles. For each role, available (not away) members are ranked:
/// never served in that role first, then who served least recently, then who served fewer times, then by id (ordinal)
/// so equal cases always give the same answer. The gespreksleider is never the inbrenger.
/// </summary>
public static class RotationAdvisor
{
    /// <param name="members">The team's members.</param>
    /// <param name="history">Earlier rounds, in any order; entries of people no longer in the team are ignored.</param>
    /// <param name="chosenInbrengerId">When the inbrenger is already chosen (the start card), suggest only the gespreksleider around it.</param>
    public static RotationSuggestion Suggest(
        IReadOnlyList<RotationMember> members,
        IReadOnlyList<RotationHistoryEntry> history,
        string? chosenInbrengerId = null)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(history);
        List<string> available = [.. members.Where(m => !m.IsAway).Select(m => m.Id).Distinct(StringComparer.Ordinal)];

        var inbrengerRanking = Rank(available, history, h => h.InbrengerId);
        var inbrenger = chosenInbrengerId ?? inbrengerRanking.FirstOrDefault();
        var gespreksleiderRanking = Rank([.. available.Where(id => id != inbrenger)], history, h => h.GespreksleiderId);
        return new RotationSuggestion(inbrenger, gespreksleiderRanking.FirstOrDefault(), inbrengerRanking, gespreksleiderRanking);
    }

    private static List<string> Rank(
        IReadOnlyList<string> candidates, IReadOnlyList<RotationHistoryEntry> history, Func<RotationHistoryEntry, string> role)
    {
        var served = history
            .GroupBy(role, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (Last: g.Max(h => h.At), Count: g.Count()), StringComparer.Ordinal);

        return
        [
            .. candidates
                .OrderBy(id => served.ContainsKey(id) ? 1 : 0)
                .ThenBy(id => served.TryGetValue(id, out var s) ? s.Last : DateTimeOffset.MinValue)
                .ThenBy(id => served.TryGetValue(id, out var s) ? s.Count : 0)
                .ThenBy(id => id, StringComparer.Ordinal),
        ];
    }
}
