namespace IntervisieBot.Features.Intervisie.Methods;

/// <summary>What a phase collects from its actor.</summary>
public enum CollectKind
{
    /// <summary>The phase is talk only; nothing is stored.</summary>
    Nothing,

    /// <summary>One text from the inbrenger (resubmitting replaces it).</summary>
    InbrengerText,

    /// <summary>One or more texts per member, up to <see cref="PhaseCollection.MaxPerMember"/>.</summary>
    MemberTexts,

    /// <summary>One option per contributor from a fixed list (resubmitting replaces it).</summary>
    Choice,
}
