using System.IO.Compression;

namespace IntervisieBot.Tests.Ship;

/// <summary>Runs manifest/package.sh once with known ids and keeps the zip's entries for the tests to inspect.</summary>
public sealed class TeamsPackageFixture : IAsyncLifetime
{
    public const string AppId = "0b6f1f0e-3c1a-4a7e-9d51-2f1e7c0a9b11";
    public const string BotId = "7d2e9c44-58a1-4f0b-8e6d-3a9b1c2d4e55";
    public const string Domain = "intervisiebot-test.azurewebsites.net";

    private readonly TempDirectory _temp = new();

    public string ZipPath => _temp.File("app.zip");

    public IReadOnlyDictionary<string, byte[]> Entries { get; private set; } = new Dictionary<string, byte[]>();

    public string EntryText(string name) => System.Text.Encoding.UTF8.GetString(Entries[name]);

    public async Task InitializeAsync()
    {
        var result = await PackageScript.RunAsync(
            ["--app-id", AppId, "--bot-id", BotId, "--domain", Domain, "--out", ZipPath]);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"package.sh failed: {result}");
        }

        Entries = ReadEntries(ZipPath);
    }

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }

    internal static Dictionary<string, byte[]> ReadEntries(string zipPath)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            entries[entry.FullName] = buffer.ToArray();
        }

        return entries;
    }
}
