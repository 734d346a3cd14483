using IntervisieBot.Tests.Infrastructure;

namespace IntervisieBot.Tests.Ship;

/// <summary>Folders in the repository that the shipping tests read.</summary>
internal static class ShipPaths
{
    public static string Root => RepoPaths.Root;

    public static string Manifest => Path.Combine(Root, "manifest");

    public static string Infra => Path.Combine(Root, "infra");

    /// <summary>The official Teams schemas for manifest v1.30, as shipped in the npm package @microsoft/app-manifest.</summary>
    public static string TeamsSchemas =>
        Path.Combine(RepoPaths.NodeModules, "@microsoft", "app-manifest", "build", "json-schemas", "teams", "v1.30");
}
