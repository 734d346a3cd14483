namespace IntervisieBot.Features.Intervisie;

/// <summary>Configuration section <c>Intervisie</c>.</summary>
public sealed class IntervisieDomainOptions
{
    public const string SectionName = "Intervisie";

    /// <summary>Folder with the shipped method definitions; default <c>{app}/Features/Intervisie/Methods</c>.</summary>
    public string? MethodsDirectory { get; set; }

    /// <summary>Extra folders with method definitions (e.g. a kennismakelaar's own methods); every <c>*.json</c> in them is loaded.</summary>
    public List<string> AdditionalMethodDirectories { get; set; } = [];

    public IReadOnlyList<string> ResolveDirectories()
    {
        var shipped = string.IsNullOrWhiteSpace(MethodsDirectory)
            ? Path.Combine(AppContext.BaseDirectory, "Features", "Intervisie", "Methods")
            : MethodsDirectory;
        return [shipped, .. AdditionalMethodDirectories.Where(d => !string.IsNullOrWhiteSpace(d))];
    }
}
