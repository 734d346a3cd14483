namespace IntervisieBot.Features.Intervisie.Methods;

/// <summary>One or more method definition files are invalid. <see cref="Errors"/> lists every problem found, each prefixed with its file.</summary>
public sealed class MethodDefinitionException : Exception
{
    public MethodDefinitionException(IReadOnlyList<string> errors)
        : base(BuildMessage(errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<string> Errors { get; }

    private static string BuildMessage(IReadOnlyList<string> errors) =>
        $"Invalid intervisie method definition ({errors.Count} problem(s)):{Environment.NewLine}  "
        + string.Join(Environment.NewLine + "  ", errors);
}
