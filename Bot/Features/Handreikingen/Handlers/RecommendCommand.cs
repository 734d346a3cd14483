using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using IntervisieBot.Features.Handreikingen.Cards;
using IntervisieBot.Features.Handreikingen.Domain;

namespace IntervisieBot.Features.Handreikingen.Handlers;

/// <summary>
/// Command line: <c>recommend "tekst"</c> prints the best handreikingen readably; <c>recommend --jsonl</c> reads lines
/// <c>{"id":"…","text":"…"}</c> from stdin and writes one JSON line per input (a malformed line gets an error line).
/// </summary>
public static class RecommendCommand
{
    public const string CommandName = "recommend";

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Whether <paramref name="args"/> ask for this command (<c>recommend …</c>).</summary>
    public static bool Matches(string[] args) => args is [CommandName, ..];

    /// <summary>Runs the command with a recommender over the embedded catalogue and default options.</summary>
    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout)
    {
        if (Parse(args) is null)
        {
            await stdout.WriteLineAsync(HandreikingenText.Get("CliUsage", HandreikingenText.Dutch));
            return 2;
        }

        using var recommender = HandreikingRecommender.CreateDefault();
        return await RunAsync(args, stdin, stdout, recommender);
    }

    /// <summary>Runs the command with a given recommender (for instance the bot's own singleton, with its configuration).</summary>
    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, HandreikingRecommender recommender)
    {
        var parsed = Parse(args);
        if (parsed is null)
        {
            await stdout.WriteLineAsync(HandreikingenText.Get("CliUsage", HandreikingenText.Dutch));
            return 2;
        }

        var (jsonl, culture, text) = parsed.Value;
        if (!jsonl && string.IsNullOrWhiteSpace(text))
        {
            await stdout.WriteLineAsync(HandreikingenText.Get("ErrorEmptyText", culture));
            return 2;
        }

        return jsonl
            ? await RunJsonLinesAsync(recommender, stdin, stdout, culture)
            : await RunReadableAsync(recommender, text, stdout, culture);
    }

    private static (bool Jsonl, CultureInfo Culture, string Text)? Parse(string[] args)
    {
        var rest = args is [CommandName, .. var tail] ? tail : args;
        var jsonl = false;
        var culture = HandreikingenText.Dutch;
        var words = new List<string>();
        for (var i = 0; i < rest.Length; i++)
        {
            switch (rest[i])
            {
                case "--jsonl":
                    jsonl = true;
                    break;
                case "--lang" when i + 1 < rest.Length && rest[i + 1] is "nl" or "en":
                    culture = rest[++i] == "en" ? CultureInfo.GetCultureInfo("en") : HandreikingenText.Dutch;
                    break;
                case "--help" or "-h" or "--lang":
                    return null;
                default:
                    words.Add(rest[i]);
                    break;
            }
        }

        if (!jsonl && words.Count == 0)
        {
            return null;
        }

        return jsonl && words.Count > 0 ? null : (jsonl, culture, string.Join(' ', words));
    }

    private static async Task<int> RunJsonLinesAsync(HandreikingRecommender recommender, TextReader stdin, TextWriter stdout, CultureInfo culture)
    {
        var lineNumber = 0;
        while (await stdin.ReadLineAsync() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            await stdout.WriteLineAsync(Answer(recommender, line, lineNumber, culture));
        }

        await stdout.FlushAsync();
        return 0;
    }

    private static string Answer(HandreikingRecommender recommender, string line, int lineNumber, CultureInfo culture)
    {
        string? id = null;
        string? text = null;
        string? error = null;
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = HandreikingenText.Format("ErrorInvalidJson", culture, lineNumber);
            }
            else
            {
                id = root.TryGetProperty("id", out var idElement) && idElement.ValueKind is JsonValueKind.String or JsonValueKind.Number
                    ? idElement.ValueKind == JsonValueKind.String ? idElement.GetString() : idElement.GetRawText()
                    : null;
                text = root.TryGetProperty("text", out var textElement) && textElement.ValueKind == JsonValueKind.String
                    ? textElement.GetString()
                    : null;
                error = id is null ? HandreikingenText.Format("ErrorMissingId", culture, lineNumber)
                    : text is null ? HandreikingenText.Format("ErrorMissingText", culture, lineNumber)
                    : null;
            }
        }
        catch (JsonException)
        {
            error = HandreikingenText.Format("ErrorInvalidJson", culture, lineNumber);
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            if (id is null)
            {
                writer.WriteNull("id");
            }
            else
            {
                writer.WriteString("id", id);
            }

            if (error is not null)
            {
                writer.WriteNumber("line", lineNumber);
                writer.WriteString("error", error);
            }
            else
            {
                var recommendation = recommender.Recommend(text!, culture);
                writer.WriteStartArray("crisis");
                foreach (var signal in recommendation.Crisis)
                {
                    writer.WriteStringValue(signal.Kind);
                }

                writer.WriteEndArray();
                writer.WriteStartArray("results");
                foreach (var result in recommendation.Handreikingen)
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", result.Entry.Id);
                    writer.WriteString("title", result.Entry.Title);
                    writer.WriteStartArray("tags");
                    foreach (var tag in result.Entry.Tags)
                    {
                        writer.WriteStringValue(tag);
                    }

                    writer.WriteEndArray();
                    writer.WriteNumber("score", result.Score);
                    writer.WriteString("why", result.Why);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static async Task<int> RunReadableAsync(HandreikingRecommender recommender, string text, TextWriter stdout, CultureInfo culture)
    {
        var recommendation = await recommender.RecommendAsync(text, culture, CancellationToken.None);
        await stdout.WriteLineAsync(recommendation.DetectedTags.Count == 0
            ? HandreikingenText.Get("CliNoTags", culture)
            : HandreikingenText.Format("CliDetectedTags", culture, string.Join(", ", recommendation.DetectedTags.Select(t => t.Tag))));
        await stdout.WriteLineAsync();
        if (recommendation.HasCrisis)
        {
            await stdout.WriteLineAsync(HandreikingenText.Format("CliCrisis", culture, string.Join(", ", recommendation.Crisis.SelectMany(c => c.Words))));
            await stdout.WriteLineAsync();
        }

        if (recommendation.Handreikingen.Count == 0)
        {
            await stdout.WriteLineAsync(HandreikingenText.Get("NothingFound", culture));
            return 0;
        }

        var rank = 0;
        foreach (var result in recommendation.Handreikingen)
        {
            var entry = result.Entry;
            await stdout.WriteLineAsync(HandreikingenText.Format("CliResult", culture, ++rank, entry.Title, result.Score.ToString("0.000", CultureInfo.InvariantCulture)));
            await stdout.WriteLineAsync(HandreikingenText.Format("CliSource", culture, entry.OfficialTitle, entry.Publisher));
            if (entry.Url.Length > 0)
            {
                await stdout.WriteLineAsync(HandreikingenText.Format("CliUrl", culture, entry.Url));
            }

            await stdout.WriteLineAsync(HandreikingenText.Format("CliWhy", culture, result.Why));
            foreach (var line in entry.Summary)
            {
                await stdout.WriteLineAsync(HandreikingenText.Format("CliSummaryLine", culture, line));
            }

            await stdout.WriteLineAsync();
        }

        return 0;
    }
}
