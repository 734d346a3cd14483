using IntervisieBot.Features.Handreikingen.Domain;
using IntervisieBot.Features.Handreikingen.Storage;

namespace IntervisieBot.Features.Handreikingen.Handlers;

/// <summary>
/// <c>catalogue export &gt; file.json</c> writes the effective catalogue (repository + kennismakelaars' changes, active
/// entries) in the repository format; <c>catalogue import file.json</c> makes the effective catalogue equal to the file
/// (validated as a whole first; nothing is written when it is invalid); <c>catalogue check-links</c> reports the links that
/// cannot be opened (exit code 1 when there are any). Uses the bot's storage configuration.
/// </summary>
public static class CatalogueCommand
{
    public static bool Matches(string[] args) => args is ["catalogue", ..];

    public static async Task<int> RunAsync(string[] args, LiveCatalogue catalogue, TextWriter output, TextWriter error, CancellationToken cancellationToken,
        CatalogueLinkChecker? links = null)
    {
        switch (args)
        {
            case ["catalogue", "check-links"] when links is not null:
                var entries = (await catalogue.GetAsync(cancellationToken).ConfigureAwait(false)).Catalogue.Entries;
                var problems = await links.CheckAsync(entries, cancellationToken).ConfigureAwait(false);
                foreach (var problem in problems) await output.WriteLineAsync($"{problem.EntryId}\t{problem.Url}\t{problem.Problem}").ConfigureAwait(false);
                await output.WriteLineAsync($"catalogue check-links: {entries.Count(e => e.Url.Length > 0)} links checked, {problems.Count} unreachable").ConfigureAwait(false);
                return problems.Count == 0 ? 0 : 1;
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
                await error.WriteLineAsync("usage: catalogue export | catalogue import <file.json> | catalogue check-links").ConfigureAwait(false);
                return 2;
        }
    }
}
