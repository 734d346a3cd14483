namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>Configuration section <c>Intervisie</c>.</summary>
public sealed class IntervisieDomainOptions
{
    public const string SectionName = "Intervisie";

    /// <summary>Folder with the shipped method definitions; default <c>{app}/Features/Intervisie/Methods</c>.</summary>
    public string? MethodsDirectory { get; set; }

    /// <summary>
    /// Extra folders with method definitions (e.g. a kennismakelaar's own methods); every <c>*.json</c> in them is loaded.
    /// Relative paths are relative to the app's base directory.
    /// </summary>
    public List<string> AdditionalMethodDirectories { get; set; } = [];

    public IReadOnlyList<string> ResolveDirectories()
    {
        var shipped = string.IsNullOrWhiteSpace(MethodsDirectory)
            ? Path.Combine(AppContext.BaseDirectory, "Features", "Intervisie", "Methods")
            : MethodsDirectory;
        return
        [
            Rooted(shipped),
            .. AdditionalMethodDirectories.Where(d => !string.IsNullOrWhiteSpace(d)).Select(Rooted),
        ];
    }

    private static string Rooted(string path) =>
        Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, path));
}
