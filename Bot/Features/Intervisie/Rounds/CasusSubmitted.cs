namespace IntervisieBot.Features.Intervisie.Rounds;

public sealed record CasusSubmitted(DateTimeOffset At, Casus Casus) : RoundEvent(At);
