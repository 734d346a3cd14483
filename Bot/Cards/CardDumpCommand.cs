using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using IntervisieBot.Localization;

namespace IntervisieBot.Cards;

/// <summary>
/// <c>cards dump &lt;dir&gt;</c>: writes every sample card of every registered <see cref="ICardSampleSource"/> as
/// <c>&lt;name&gt;.nl.json</c> and <c>&lt;name&gt;.en.json</c>, for <c>tools/cards/validate.js</c> and
/// <c>tools/cards/render.js</c>. Exit codes: 0 written, 1 bad samples, 2 usage.
/// </summary>
public static partial class CardDumpCommand
{
    public const string CommandName = "cards";

    /// <summary>True when the command line asks for this command (<c>cards ...</c>).</summary>
    public static bool Matches(string[] args) =>
        args is [var first, ..] && string.Equals(first, CommandName, StringComparison.OrdinalIgnoreCase);

    public static Task<int> RunAsync(string[] args, IServiceProvider services) =>
        RunAsync(args, services, Console.Out, Console.Error, CancellationToken.None);

    public static async Task<int> RunAsync(
        string[] args, IServiceProvider services, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(services);

        if (args is not [_, "dump", var directory] || !Matches(args) || string.IsNullOrWhiteSpace(directory))
        {
            await error.WriteLineAsync("usage: cards dump <dir>").ConfigureAwait(false);
            return 2;
        }

        var sources = services.GetServices<ICardSampleSource>().ToList();
        if (sources.Count == 0)
        {
            await error.WriteLineAsync("cards dump: no ICardSampleSource is registered (call AddCards()).").ConfigureAwait(false);
            return 1;
        }

        var problems = new List<string>();
        var files = Collect(sources, problems);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                await error.WriteLineAsync("cards dump: " + problem).ConfigureAwait(false);
            }

            return 1;
        }

        var fullDirectory = Path.GetFullPath(directory);
        Directory.CreateDirectory(fullDirectory);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        foreach (var (fileName, json) in files)
        {
            await File.WriteAllTextAsync(Path.Combine(fullDirectory, fileName), json, utf8, cancellationToken).ConfigureAwait(false);
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"cards dump: wrote {files.Count} cards ({files.Count / BotCulture.Supported.Count} samples x {BotCulture.Supported.Count} languages) to {fullDirectory}"))
            .ConfigureAwait(false);
        return 0;
    }

    /// <summary>File name and JSON of every sample in every supported culture; problems are collected, not thrown.</summary>
    private static List<(string FileName, string Json)> Collect(List<ICardSampleSource> sources, List<string> problems)
    {
        var files = new List<(string, string)>();
        var namesPerCulture = new Dictionary<string, HashSet<string>>();
        foreach (var culture in BotCulture.Supported)
        {
            var language = culture.TwoLetterISOLanguageName;
            var owners = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var source in sources)
            {
                var sourceName = source.GetType().FullName ?? source.GetType().Name;
                foreach (var sample in source.GetSamples(culture))
                {
                    if (!SampleName().IsMatch(sample.Name))
                    {
                        problems.Add($"{sourceName}: sample name '{sample.Name}' must be lower-case words separated by '.' or '-'.");
                        continue;
                    }

                    if (!owners.TryAdd(sample.Name, sourceName))
                    {
                        problems.Add($"{sourceName}: sample name '{sample.Name}' is also used by {owners[sample.Name]}.");
                        continue;
                    }

                    files.Add(($"{sample.Name}.{language}.json", CardJson.SerializeIndented(sample.Card)));
                }
            }

            namesPerCulture[culture.Name] = [.. owners.Keys];
        }

        var reference = namesPerCulture[BotCulture.Supported[0].Name];
        foreach (var (cultureName, names) in namesPerCulture)
        {
            if (!names.SetEquals(reference))
            {
                problems.Add($"culture {cultureName} has samples [{string.Join(", ", names.Except(reference))}] "
                    + $"and lacks [{string.Join(", ", reference.Except(names))}] compared to {BotCulture.Supported[0].Name}.");
            }
        }

        return files;
    }

    [GeneratedRegex("^[a-z0-9]+(?:[.-][a-z0-9]+)*$")]
    private static partial Regex SampleName();
}
