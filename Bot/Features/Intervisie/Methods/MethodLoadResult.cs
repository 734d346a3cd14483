namespace IntervisieBot.Features.Intervisie.Methods;

/// <summary>Result of parsing one definition file: the method when valid, otherwise every error found.</summary>
public sealed record MethodLoadResult(MethodDefinition? Method, IReadOnlyList<string> Errors)
{
    public bool IsValid => Method is not null && Errors.Count == 0;
}
