namespace IntervisieBot.Features.Handreikingen.Domain;

/// <summary>Where an unanswered question came from.</summary>
public static class InformationNeedSources
{
    /// <summary>A casus for which no handreiking fitted.</summary>
    public const string Casus = "casus";

    /// <summary>A lesson search (lessen, messaging extension) without a hit.</summary>
    public const string LessonSearch = "lessen";
}
