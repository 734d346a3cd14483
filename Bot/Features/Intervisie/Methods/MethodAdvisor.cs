namespace IntervisieBot.Features.Intervisie.Methods;

/// <summary>
/// "Welke methode past?": from what kind of casus it is and how much time there is, the method that fits, read from the
/// method files (<c>suits</c>, <c>typicalDurationMinutes</c>); no method is named in code. Pure.
/// </summary>
public static class MethodAdvisor
{
    /// <summary>The kinds a method file may name under <c>suits</c>, in the order the helper asks them.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["stuck", "question", "incident", "distance", "dilemma"];

    /// <summary>The times the helper offers, in minutes.</summary>
    public static IReadOnlyList<int> Times { get; } = [20, 60, 90];

    /// <summary>
    /// The method that suits <paramref name="kind"/> and fits in <paramref name="minutes"/> (the most thorough, i.e. longest,
    /// of them when several do); when none fits in the time, the one that suits the kind and is shortest. Null when no method suits it.
    /// </summary>
    public static MethodDefinition? Suggest(IReadOnlyList<MethodDefinition> methods, string? kind, int minutes)
    {
        ArgumentNullException.ThrowIfNull(methods);
        var suiting = methods.Where(m => kind is not null && m.SuitsKinds.Contains(kind)).OrderBy(m => m.TypicalDurationMinutes).ThenBy(m => m.Id, StringComparer.Ordinal).ToList();
        return suiting.LastOrDefault(m => m.TypicalDurationMinutes <= minutes) ?? suiting.FirstOrDefault();
    }
}
