namespace IntervisieBot.Tests.Ship;

/// <summary>Runs manifest/package.sh with bash.</summary>
internal static class PackageScript
{
    public static Task<ProcessResult> RunAsync(
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null) =>
        ProcessRunner.RunAsync(
            "bash",
            [Path.Combine(ShipPaths.Manifest, "package.sh"), .. arguments],
            ShipPaths.Root,
            environment);
}
