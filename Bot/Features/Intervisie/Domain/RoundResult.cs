namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>The outcome of deciding a command: <see cref="RoundAccepted"/> or <see cref="RoundRefused"/>.</summary>
public abstract record RoundResult;
