namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>What the inbrenger chose (the method's inbrengerChoice phase): a text or an option id; both null if they did not answer.</summary>
public sealed record InbrengerChoiceSummary(string PhaseId, string? Text, string? ChoiceOptionId);
