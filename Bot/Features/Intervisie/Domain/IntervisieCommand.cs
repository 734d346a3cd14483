namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>A request to change a round. <see cref="SessionId"/> must match the round it is decided against.</summary>
public abstract record IntervisieCommand(string SessionId);
