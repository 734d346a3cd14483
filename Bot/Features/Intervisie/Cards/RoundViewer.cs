namespace IntervisieBot.Features.Intervisie.Cards;

/// <summary>
/// Who a round card is built for. <see cref="Everyone"/> is the shared card in the conversation: it shows every input and
/// button (the server decides who may use them). A personal view (invoke response, refresh) shows a member only what
/// they can do.
/// </summary>
public sealed record RoundViewer(string? UserKey, bool IsModerator)
{
    public static RoundViewer Everyone { get; } = new(null, true);

    public bool IsEveryone => UserKey is null;

    /// <summary>This member has not confirmed the group agreement: their view of the start card asks for it.</summary>
    public bool AsksAgreement { get; init; }
}
