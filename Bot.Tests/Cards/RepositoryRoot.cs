namespace IntervisieBot.Tests.Cards;

/// <summary>The repository root: the nearest directory above the test binaries that holds IntervisieBot.sln.</summary>
internal static class RepositoryRoot
{
    public static string Find()
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
