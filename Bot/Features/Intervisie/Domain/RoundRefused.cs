namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>The command was refused; nothing changed. Show the actor <see cref="IntervisieStrings.Refusal"/> for <see cref="Reason"/>.</summary>
public sealed record RoundRefused(RefusalReason Reason) : RoundResult;
