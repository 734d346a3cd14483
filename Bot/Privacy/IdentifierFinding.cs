namespace IntervisieBot.Privacy;

/// <summary>
/// Where an identifier was found: its kind and its span in the checked text (UTF-16 offsets), so a UI can
/// highlight it. Deliberately carries no copy of the matched value, so no string form can leak it.
/// </summary>
public readonly record struct IdentifierFinding(IdentifierKind Kind, int Start, int Length)
{
    public int End => Start + Length;

    internal bool Overlaps(IdentifierFinding other) => Start < other.End && other.Start < End;
}
