using System.Text.Json;
using System.Text.RegularExpressions;

namespace IntervisieBot.Features.Handreikingen.Domain;

/// <summary>The repository catalogue of handreikingen, validated on load.</summary>
public sealed partial class HandreikingCatalogue
{
    internal const string EmbeddedResourceName = "IntervisieBot.Handreikingen.handreikingen.json";

    private const int MinSummaryLines = 3;
    private const int MaxSummaryLines = 6;

    /// <summary>A legal entry is checked again within this many months of its peildatum.</summary>
    public const int LegalReviewMonths = 12;

    /// <summary>Any other entry within this many months.</summary>
    public const int OtherReviewMonths = 36;

    private readonly Dictionary<string, Handreiking> byId;

    public HandreikingCatalogue(IReadOnlyList<Handreiking> entries)
    {
        Entries = entries;
        byId = entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<Handreiking> Entries { get; }

    public Handreiking? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>Loads the catalogue embedded in the assembly (Catalogue/handreikingen.json).</summary>
    public static HandreikingCatalogue LoadEmbedded()
    {
        using var stream = typeof(HandreikingCatalogue).Assembly.GetManifestResourceStream(EmbeddedResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {EmbeddedResourceName} is missing.");
        return Load(stream);
    }

    public static HandreikingCatalogue Load(Stream json)
    {
        using var reader = new StreamReader(json);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>Parses and validates a catalogue; throws <see cref="CatalogueValidationException"/> listing every problem.</summary>
    public static HandreikingCatalogue Parse(string json)
    {
        List<HandreikingDocument?>? documents;
        try
        {
            documents = JsonSerializer.Deserialize<List<HandreikingDocument?>>(json, JsonOptions);
        }
        catch (JsonException ex)
        {
            throw new CatalogueValidationException($"catalogue is not a valid JSON array of entries ({ex.Message})", ex);
        }

        if (documents is null || documents.Count == 0)
        {
            throw new CatalogueValidationException(["catalogue is empty"]);
        }

        var errors = new List<string>();
        var entries = new List<Handreiking>(documents.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++)
        {
            var entry = Validate(documents[i], i, errors);
            if (entry is null)
            {
                continue;
            }

            if (!seen.Add(entry.Id))
            {
                errors.Add($"entry {i} ({entry.Id}): duplicate id");
                continue;
            }

            entries.Add(entry);
        }

        return errors.Count > 0 ? throw new CatalogueValidationException(errors) : new HandreikingCatalogue(entries);
    }

    private static Handreiking? Validate(HandreikingDocument? doc, int index, List<string> errors)
    {
        if (doc is null)
        {
            errors.Add($"entry {index}: null entry");
            return null;
        }

        var name = string.IsNullOrWhiteSpace(doc.Id) ? $"entry {index}" : $"entry {index} ({doc.Id})";
        var before = errors.Count;
        void Error(string field, string problem) => errors.Add($"{name}: {field} {problem}");

        if (string.IsNullOrWhiteSpace(doc.Id))
        {
            Error("id", "is missing");
        }
        else if (!KebabCase().IsMatch(doc.Id))
        {
            Error("id", "must be kebab-case (a-z, 0-9, hyphens)");
        }

        if (string.IsNullOrWhiteSpace(doc.Title))
        {
            Error("title", "is missing");
        }
        else if (!doc.Title.StartsWith("Hoe om te gaan met ", StringComparison.Ordinal)
                 && !doc.Title.StartsWith("Wanneer ", StringComparison.Ordinal))
        {
            Error("title", "must start with \"Hoe om te gaan met \" or \"Wanneer \"");
        }

        RequireText(doc.OfficialTitle, "officialTitle", Error);
        RequireText(doc.Publisher, "publisher", Error);
        RequireText(doc.Audience, "audience", Error);

        if (doc.Url is null)
        {
            Error("url", "is missing (use \"\" when the address is not known for certain)");
        }
        else if (doc.Url.Length > 0
                 && (!Uri.TryCreate(doc.Url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)))
        {
            Error("url", "must be an absolute http(s) address or empty");
        }

        if (doc.Summary is null || doc.Summary.Count is < MinSummaryLines or > MaxSummaryLines)
        {
            Error("summary", $"must have {MinSummaryLines}-{MaxSummaryLines} lines");
        }
        else if (doc.Summary.Any(string.IsNullOrWhiteSpace))
        {
            Error("summary", "contains an empty line");
        }

        if (doc.Tags is null || doc.Tags.Count == 0)
        {
            Error("tags", "must have at least one tag");
        }
        else
        {
            foreach (var tag in doc.Tags.Where(t => !TagTaxonomy.IsKnown(t)))
            {
                Error("tags", $"contains unknown tag \"{tag}\"");
            }

            if (doc.Tags.Distinct(StringComparer.Ordinal).Count() != doc.Tags.Count)
            {
                Error("tags", "contains a duplicate tag");
            }
        }

        if (doc.Step is null)
        {
            Error("step", "is missing");
        }
        else if (doc.Step is < 1 or > 4)
        {
            Error("step", $"must be 1-4 (methodisch werken), not {doc.Step}");
        }

        if (!EvidenceLevels.IsKnown(doc.Evidence))
        {
            Error("evidence", $"must be one of {string.Join(", ", EvidenceLevels.All)}");
        }

        var peildatum = ParseDate(doc.Peildatum, "peildatum", Error);
        var review = ParseDate(doc.Review, "review", Error);
        if (peildatum is { } checkedOn && review is { } reviewOn)
        {
            var months = doc.Legal == true ? LegalReviewMonths : OtherReviewMonths;
            if (reviewOn <= checkedOn)
            {
                Error("review", "must come after the peildatum");
            }
            else if (reviewOn > checkedOn.AddMonths(months))
            {
                Error("review", $"must be at most {months} months after the peildatum{(doc.Legal == true ? " (legal entry)" : "")}");
            }
        }

        if (errors.Count > before)
        {
            return null;
        }

        return new Handreiking
        {
            Id = doc.Id!,
            Title = doc.Title!.Trim(),
            OfficialTitle = doc.OfficialTitle!.Trim(),
            Publisher = doc.Publisher!.Trim(),
            Url = doc.Url!.Trim(),
            Summary = [.. doc.Summary!.Select(s => s!.Trim())],
            Tags = [.. doc.Tags!.Select(t => t!)],
            Step = doc.Step!.Value,
            Evidence = doc.Evidence!,
            Audience = doc.Audience!.Trim(),
            Peildatum = peildatum,
            Review = review,
            Legal = doc.Legal == true,
            Local = doc.Local == true,
        };
    }

    private static DateOnly? ParseDate(string? value, string field, Action<string, string> error)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            error(field, "is missing (yyyy-MM-dd)");
            return null;
        }

        if (!DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
        {
            error(field, $"must be a date yyyy-MM-dd, not \"{value}\"");
            return null;
        }

        return date;
    }

    private static void RequireText(string? value, string field, Action<string, string> error)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            error(field, "is missing");
        }
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex KebabCase();
}
