namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>A member taking part in a round. <see cref="Id"/> is the stable user id (AAD object id), never a display name.</summary>
public sealed record Participant(string Id, string DisplayName);
