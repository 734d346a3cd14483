namespace IntervisieBot.Features.Handreikingen.Curation;

/// <summary>
/// <c>catalogue export &gt; file.json</c> writes the effective catalogue (repository + kennismakelaars' changes, active
/// entries) in the repository format; <c>catalogue import file.json</c> makes the effective catalogue equal to the file
/// (validated as a whole first; nothing is written when it is invalid). Uses the bot's storage configuration.
/// </summary>
public static class CatalogueCommand
{
    public static bool Matches(string[] args) => args is ["catalogue", ..];

    public static async Task<int> RunAsync(string[] args, LiveCatalogue catalogue, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        switch (args)
        {
            case ["catalogue", "export"]:
                await output.WriteLineAsync(await catalogue.ExportAsync(cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
                return 0;
            case ["catalogue", "import", var file] when File.Exists(file):
                try
                {
                    var (saved, retired) = await catalogue.ImportAsync(await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false), "import", cancellationToken).ConfigureAwait(false);
                    await output.WriteLineAsync($"catalogue import: {saved} entries saved, {retired} retired").ConfigureAwait(false);
                    return 0;
                }
                catch (CatalogueValidationException ex)
                {
                    await error.WriteLineAsync("catalogue import: nothing written; the file has problems:").ConfigureAwait(false);
                    foreach (var problem in ex.Errors) await error.WriteLineAsync("  " + problem).ConfigureAwait(false);
                    return 1;
                }
            case ["catalogue", "import", var missing]:
                await error.WriteLineAsync($"catalogue import: file not found: {missing}").ConfigureAwait(false);
                return 2;
            default:
                await error.WriteLineAsync("usage: catalogue export | catalogue import <file.json>").ConfigureAwait(false);
                return 2;
        }
    }
}
