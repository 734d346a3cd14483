namespace IntervisieBot.Privacy;

/// <summary>
/// The outcome of a personal-data check. Holds kinds and spans only, never the matched text.
/// </summary>
public sealed record GuardResult
{
    public static GuardResult Clean { get; } = new([], scanIncomplete: false);

    public GuardResult(IReadOnlyList<IdentifierFinding> findings, bool scanIncomplete)
    {
        Findings = [.. findings.OrderBy(f => f.Start).ThenBy(f => f.Kind)];
        Kinds = [.. Findings.Select(f => f.Kind).Distinct().Order()];
        ScanIncomplete = scanIncomplete;
    }

    /// <summary>Every identifier found, ordered by position.</summary>
    public IReadOnlyList<IdentifierFinding> Findings { get; }

    /// <summary>The distinct kinds found, in enum order.</summary>
    public IReadOnlyList<IdentifierKind> Kinds { get; }

    /// <summary>
    /// True when a detector hit its time limit, so the text could not be fully checked. The guard fails
    /// closed: such a text is never clean.
    /// </summary>
    public bool ScanIncomplete { get; }

    /// <summary>True when nothing was found and the whole text was checked: the text may be stored.</summary>
    public bool IsClean => Findings.Count == 0 && !ScanIncomplete;

    public bool Contains(IdentifierKind kind) => Kinds.Contains(kind);

    public override string ToString() =>
        $"GuardResult {{ IsClean = {IsClean}, ScanIncomplete = {ScanIncomplete}, Kinds = [{string.Join(", ", Kinds)}], Findings = {Findings.Count} }}";
}
