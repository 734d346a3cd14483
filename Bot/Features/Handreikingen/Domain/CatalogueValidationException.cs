namespace IntervisieBot.Features.Handreikingen.Domain;

/// <summary>Thrown when a catalogue or lexicon file is malformed; the message names the entry and the field.</summary>
public sealed class CatalogueValidationException : Exception
{
    public CatalogueValidationException(IReadOnlyList<string> errors)
        : base("Invalid handreikingen data:" + Environment.NewLine + string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    public CatalogueValidationException(string error, Exception inner)
        : base("Invalid handreikingen data: " + error, inner)
    {
        Errors = [error];
    }

    public IReadOnlyList<string> Errors { get; }
}
