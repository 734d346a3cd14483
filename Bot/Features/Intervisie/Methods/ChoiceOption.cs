namespace IntervisieBot.Features.Intervisie.Methods;

/// <summary>One option of a choice phase; <see cref="Id"/> is what a contribution stores.</summary>
public sealed record ChoiceOption(string Id, BilingualText Text);
