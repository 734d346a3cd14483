namespace IntervisieBot.Tests.Ship;

/// <summary>Locations in the repository and in the NuGet cache that the shipping tests read.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string Manifest => Path.Combine(Root, "manifest");

    public static string Infra => Path.Combine(Root, "infra");

    /// <summary>The official Teams schemas for manifest v1.30, as shipped in the npm package @microsoft/app-manifest.</summary>
    public static string TeamsSchemas =>
        Path.Combine(Root, "node_modules", "@microsoft", "app-manifest", "build", "json-schemas", "teams", "v1.30");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IntervisieBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No IntervisieBot.sln above {AppContext.BaseDirectory}.");
    }
}
