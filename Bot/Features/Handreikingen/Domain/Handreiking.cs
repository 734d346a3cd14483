namespace IntervisieBot.Features.Handreikingen.Domain;

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

    /// <summary>When the content was last checked against its source (required in the catalogue file).</summary>
    public DateOnly? Peildatum { get; init; }

    /// <summary>When it must be checked again; for a legal entry at most <see cref="HandreikingCatalogue.LegalReviewMonths"/> after the peildatum.</summary>
    public DateOnly? Review { get; init; }

    /// <summary>Describes law or regulations (Participatiewet, Bbz, IOAW, …): reviewed at least yearly.</summary>
    public bool Legal { get; init; }

    /// <summary>Added by a kennismakelaar for this gemeente (afstemmingsverordening, sociale kaart, crisis protocol), not from the repository.</summary>
    public bool Local { get; init; }

    /// <summary>Whether the review date has come (on or before <paramref name="today"/>).</summary>
    public bool IsDueForReview(DateOnly today) => Review is { } review && review <= today;
}
