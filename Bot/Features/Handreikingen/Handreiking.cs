namespace IntervisieBot.Features.Handreikingen;

/// <summary>One catalogue entry: a real, existing piece of guidance, instrument, method, organisation or service.</summary>
public sealed record Handreiking
{
    public required string Id { get; init; }

    /// <summary>Practical title, phrased "Hoe om te gaan met …" or "Wanneer …".</summary>
    public required string Title { get; init; }

    public required string OfficialTitle { get; init; }

    public required string Publisher { get; init; }

    /// <summary>Empty when the address is not known for certain.</summary>
    public required string Url { get; init; }

    /// <summary>3-6 short lines in our own words: when to use, what to do, watch out.</summary>
    public required IReadOnlyList<string> Summary { get; init; }

    /// <summary>Taxonomy tag ids; the first is the primary tag.</summary>
    public required IReadOnlyList<string> Tags { get; init; }

    /// <summary>Methodisch-werken step 1-4 (intake en diagnose, trajectplan, uitvoering, terugblik).</summary>
    public required int Step { get; init; }

    /// <summary>One of <see cref="EvidenceLevels"/>.</summary>
    public required string Evidence { get; init; }

    public required string Audience { get; init; }
}
