using System.Globalization;
using IntervisieBot.Cards;
using IntervisieBot.Features.Handreikingen.Cards;

namespace IntervisieBot.Features.Handreikingen.Domain;

/// <summary>
/// How a card lets someone pick a handreiking out of the whole catalogue: choices grouped by theme (the entry's first tag,
/// the group's name in front: "Schulden · Beslag op de uitkering en een deurwaarder"), titles shortened (the catalogue's
/// "Hoe om te gaan met …" / "Wanneer …" openings dropped), and search as you type: the set carries
/// <c>choices.data</c> (<see cref="Dataset"/>) and Teams asks <see cref="Search"/> through <c>application/search</c>.
/// </summary>
public static class HandreikingPicker
{
    public const string Dataset = "handreikingen";

    /// <summary>Teams shows at most 15 choices of a dynamic search.</summary>
    public const int MaxResults = 15;

    private static readonly string[] Openings = ["Hoe om te gaan met ", "Wanneer "];

    public static DataQuery Query { get; } = new(Dataset);

    /// <summary>The title without its opening formula, first letter capitalised ("een klant die …" becomes "Klant die …").</summary>
    public static string ShortTitle(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var opening = Openings.FirstOrDefault(o => title.StartsWith(o, StringComparison.OrdinalIgnoreCase) && title.Length > o.Length + 3);
        if (opening is null) return title;
        var rest = title[opening.Length..];
        if (rest.StartsWith("een klant ", StringComparison.Ordinal)) rest = rest["een ".Length..];
        return char.ToUpper(rest[0], CultureInfo.GetCultureInfo("nl-NL")) + rest[1..];
    }

    /// <summary>The theme an entry is listed under: its first tag's name.</summary>
    public static string Theme(Handreiking entry, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Tags.Count > 0 ? TagLabels.Label(entry.Tags[0], culture) : "";
    }

    public static Choice ChoiceFor(Handreiking entry, CultureInfo culture) =>
        new(Theme(entry, culture) is { Length: > 0 } theme ? theme + " · " + ShortTitle(entry.Title) : ShortTitle(entry.Title), entry.Id);

    /// <summary>Every entry as a choice, grouped by theme and sorted within it.</summary>
    public static IReadOnlyList<Choice> Choices(IEnumerable<Handreiking> entries, CultureInfo culture)
    {
        var compare = StringComparer.Create(culture, ignoreCase: true);
        return [.. entries.Select(e => ChoiceFor(e, culture)).OrderBy(c => c.Title, compare)];
    }

    /// <summary>
    /// The entries whose theme, title, official title or tags contain every word of <paramref name="query"/> (case and accents
    /// ignored), those whose short title or theme starts with the first word first; at most <see cref="MaxResults"/>. An empty
    /// query gives the first choices in theme order.
    /// </summary>
    /// <param name="skip">How many results the client already shows (Teams pages with <c>queryOptions.skip</c>).</param>
    public static IReadOnlyList<Choice> Search(HandreikingCatalogue catalogue, string? query, CultureInfo culture, int skip = 0)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        skip = Math.Max(0, skip);
        var words = CasusTokenizer.Fold(query ?? "").Split([' ', ',', '.', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return [.. Choices(catalogue.Entries, culture).Skip(skip).Take(MaxResults)];
        var compare = StringComparer.Create(culture, ignoreCase: true);
        return [.. catalogue.Entries
            .Select(e => (Entry: e, Choice: ChoiceFor(e, culture), Text: CasusTokenizer.Fold(string.Join(' ',
                [Theme(e, culture), e.Title, e.OfficialTitle, .. e.Tags, .. e.Tags.Select(t => TagLabels.Label(t, culture))]))))
            .Where(x => words.All(x.Text.Contains))
            .OrderByDescending(x => CasusTokenizer.Fold(ShortTitle(x.Entry.Title)).StartsWith(words[0], StringComparison.Ordinal)
                || CasusTokenizer.Fold(Theme(x.Entry, culture)).StartsWith(words[0], StringComparison.Ordinal))
            .ThenBy(x => x.Choice.Title, compare)
            .Skip(skip)
            .Take(MaxResults)
            .Select(x => x.Choice)];
    }
}
