using System.Reflection;

namespace IntervisieBot.Tests.Ship;

/// <summary>
/// The official Bicep CLI from the NuGet package Azure.Bicep.CommandLine.linux-x64, downloaded by restore
/// (a PackageDownload in Bot.Tests.csproj; version in Directory.Packages.props).
/// </summary>
internal static class BicepCli
{
    private static readonly Lazy<string> LazyPath = new(Locate);

    public static string ExecutablePath => LazyPath.Value;

    public static Task<ProcessResult> RunAsync(params string[] arguments) =>
        ProcessRunner.RunAsync(ExecutablePath, arguments, ShipPaths.Root);

    private static string Locate()
    {
        if (!OperatingSystem.IsLinux() || System.Runtime.InteropServices.RuntimeInformation.OSArchitecture != System.Runtime.InteropServices.Architecture.X64)
        {
            throw new PlatformNotSupportedException("The Bicep CLI package used here (Azure.Bicep.CommandLine.linux-x64) runs on Linux x64 only.");
        }

        var metadata = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .ToDictionary(a => a.Key, a => a.Value);
        var packageRoot = metadata.GetValueOrDefault("NuGetPackageRoot");
        var version = metadata.GetValueOrDefault("BicepCliVersion");
        if (string.IsNullOrEmpty(packageRoot) || string.IsNullOrEmpty(version))
        {
            throw new InvalidOperationException("Bot.Tests was built without NuGetPackageRoot/BicepCliVersion metadata.");
        }

        var path = Path.Combine(packageRoot, "azure.bicep.commandline.linux-x64", version, "tools", "bicep");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("The Bicep CLI is missing; run `dotnet restore Bot.Tests`.", path);
        }

        // NuGet extracts the binary without the execute bit on some machines.
        var mode = File.GetUnixFileMode(path);
        if (!mode.HasFlag(UnixFileMode.UserExecute))
        {
            File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }

        return path;
    }
}
