namespace IntervisieBot.Features.Intervisie.Cards;

/// <summary>The card verbs and input ids of intervisie rounds. Card data carries only ids; everything is checked on the server.</summary>
public static class RoundVerbs
{
    public const string Start = "intervisie.start";
    public const string Casus = "intervisie.casus";
    public const string Contribute = "intervisie.contribute";
    public const string Advance = "intervisie.advance";
    public const string Pause = "intervisie.pause";
    public const string Resume = "intervisie.resume";
    public const string Close = "intervisie.close";
    public const string Refresh = "intervisie.refresh";
    public const string OptIn = "intervisie.optin";
    public const string OptOut = "intervisie.optout";

    /// <summary>In the data of "Ik doe mee en houd me aan de afspraken": joining confirms the group agreement.</summary>
    public const string AgreeData = "agree";
    public const string Withdraw = "intervisie.withdraw";
    public const string SuggestMethod = "intervisie.suggest";

    /// <summary>Spread over days: the inbrenger answers one question (<see cref="QuestionInput"/>, <see cref="AnswerInput"/>).</summary>
    public const string Answer = "intervisie.answer";

    /// <summary>Choosing the incident: a member proposes a casus in one line (<see cref="ProposalInput"/>).</summary>
    public const string Propose = "intervisie.propose";

    /// <summary>Choosing the incident: the gespreksleider picks a proposal (<see cref="ProposerInput"/>).</summary>
    public const string ChooseCasus = "intervisie.choosecasus";

    /// <summary>The gespreksleider chooses the tijdbewaker (<see cref="TijdbewakerInput"/>).</summary>
    public const string Tijdbewaker = "intervisie.tijdbewaker";
    public const string QuestionInput = "question";
    public const string AnswerInput = "answer";
    public const string ProposalInput = "proposal";
    public const string ProposerInput = "proposer";
    public const string TijdbewakerInput = "tijdbewaker";

    /// <summary>The "Niemand" choice of <see cref="TijdbewakerInput"/> (a choice needs a value): nobody keeps the time.</summary>
    public const string NoTijdbewaker = "niemand";
    public const string KindInput = "casusKind";
    public const string TimeInput = "minutes";

    /// <summary>Registered by the lessons feature; the summary card only carries it.</summary>
    public const string NewLesson = "lessons.new";

    public const string RoundIdData = "roundId";
    public const string PhaseIndexData = "phaseIndex";

    public const string MethodInput = "method";
    public const string InbrengerInput = "inbrenger";
    public const string GespreksleiderInput = "gespreksleider";
    public const string ModeInput = "mode";
    public const string HoursInput = "hours";
    public const string CasusTitleInput = "casusTitle";
    public const string CasusDescriptionInput = "casusDescription";
    public const string ContributionInput = "contribution";
    public const string ChoiceInput = "choice";

    public const string ModeLive = "live";
    public const string ModeSpread = "spread";

    /// <summary>Choices for the deadline per phase in spread mode.</summary>
    public static IReadOnlyList<int> DeadlineHourOptions { get; } = [4, 8, 24, 48, 72, 120, 168];
}
