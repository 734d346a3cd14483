namespace IntervisieBot.Features.Intervisie.Domain;

public sealed record CasusSubmitted(DateTimeOffset At, Casus Casus) : RoundEvent(At);
