namespace IntervisieBot.Tests.Cards;

/// <summary>A fresh directory under the system temp folder, deleted on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "intervisiebot-cards-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string[] JsonFiles() => Directory.GetFiles(Path, "*.json");

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
