namespace IntervisieBot.Features.Intervisie;

/// <summary>
/// Opens a round for taking part, exactly as <c>start intervisie</c> does (nobody enrolled until they choose "Ik doe mee";
/// roles proposed among those who joined; the group agreement on a new group's first round), for another feature: a
/// planned series' session.
/// </summary>
public interface IRoundStarter
{
    /// <summary>
    /// The card to post: the gathering card of the round opened now (or already, by an earlier call with the same
    /// <see cref="RoundStartRequest.OpeningKey"/>), or when another round runs in the conversation the notice that leads to it.
    /// </summary>
    Task<RoundStartResult> OpenAsync(RoundStartRequest request, CancellationToken cancellationToken);

    /// <summary>Where the opened round's card was posted, so that it is updated in place from now on.</summary>
    Task CardPostedAsync(string tenantId, string conversationId, string roundId, string activityId, CancellationToken cancellationToken);
}
