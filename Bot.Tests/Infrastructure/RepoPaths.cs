namespace IntervisieBot.Tests.Infrastructure;

/// <summary>Locates the repository (the folder holding IntervisieBot.sln) from the test's output folder.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootLazy = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IntervisieBot.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("IntervisieBot.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootLazy.Value;

    public static string NodeModules => Path.Combine(Root, "node_modules");

    /// <summary>The bot built in the same configuration as these tests (Bot/bin/&lt;Debug|Release&gt;/net10.0), to run as its own process.</summary>
    public static string BotDll
    {
        get
        {
            var targetDir = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            return Path.Combine(Root, "Bot", "bin", targetDir.Parent!.Name, targetDir.Name, "IntervisieBot.dll");
        }
    }
}
