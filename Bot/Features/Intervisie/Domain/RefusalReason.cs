namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>
/// Why a command was refused. Each value has a friendly text in <c>IntervisieStrings</c> (key <c>Refusal_{name}</c>),
/// see <see cref="IntervisieStrings.Refusal"/>.
/// </summary>
public enum RefusalReason
{
    /// <summary>The command is malformed (empty ids, negative index).</summary>
    InvalidCommand,

    /// <summary>No round exists for this session.</summary>
    RoundNotFound,

    /// <summary>The command names a different session than the round it was decided against (forged or mixed-up id).</summary>
    SessionMismatch,

    RoundAlreadyStarted,
    UnknownMethod,
    TooFewParticipants,
    TooManyParticipants,
    SameInbrengerAndGespreksleider,
    InbrengerNotAParticipant,
    GespreksleiderNotAParticipant,
    InvalidDeadlineHours,

    /// <summary>The actor is not a participant of the round.</summary>
    NotAParticipant,

    /// <summary>Only the inbrenger may do this (describe the casus).</summary>
    NotInbrenger,

    /// <summary>Only the gespreksleider may advance, pause, resume or close (a teamleider has no special round power).</summary>
    NotAllowedForActor,

    /// <summary>The current phase is for someone else (e.g. only the inbrenger writes now).</summary>
    NotYourTurn,

    /// <summary>The contribution is for a phase that is not the current one (an old card).</summary>
    WrongPhase,

    /// <summary>The current phase collects nothing, or collects something else (a text for a choice, or vice versa).</summary>
    PhaseDoesNotCollectThis,

    UnknownChoiceOption,
    ContributionLimitReached,
    EmptyText,
    TextTooLong,
    RoundClosed,
    RoundPaused,
    AwaitingCasus,
    CasusAlreadySubmitted,

    /// <summary>The round is still gathering participants: it has not begun.</summary>
    RoundNotBegun,

    /// <summary>The round has begun: joining or leaving on the start card is over.</summary>
    RoundAlreadyBegun,

    /// <summary>The method has a step that only works in a live conversation; spread over days is not offered for it.</summary>
    MethodIsLiveOnly,

    /// <summary>This phase takes no answers from the inbrenger, the round is live, or the question is not one of this phase's.</summary>
    NoSuchQuestion,

    /// <summary>A casus can be proposed or chosen only while the round waits for its casus or in the step where the group chooses it.</summary>
    NotChoosingCasus,

    /// <summary>The chosen member has not proposed a casus (or left).</summary>
    NoSuchProposal,

    /// <summary>The tijdbewaker must be someone who joined the round.</summary>
    TijdbewakerNotAParticipant,
}
