namespace IntervisieBot.Features.Intervisie.Methods;

/// <summary>What a phase collects: the kind, how many texts per member, and the options of a choice.</summary>
public sealed record PhaseCollection(CollectKind Kind, int MaxPerMember, IReadOnlyList<ChoiceOption> Options)
{
    public static PhaseCollection Nothing { get; } = new(CollectKind.Nothing, 0, []);

    public bool CollectsAnything => Kind != CollectKind.Nothing;

    public bool CollectsText => Kind is CollectKind.InbrengerText or CollectKind.MemberTexts;

    /// <summary>True when a member has one slot in this phase, so submitting again replaces the earlier answer.</summary>
    public bool ReplacesOnResubmit => Kind is CollectKind.InbrengerText or CollectKind.Choice || MaxPerMember == 1;
}
