using System.Globalization;
using IntervisieBot.Cards;
using IntervisieBot.Features.Intervisie.Methods;
using IntervisieBot.Features.Intervisie.Domain;

namespace IntervisieBot.Features.Intervisie.Cards;

/// <summary>Shared pieces of the round cards: names, shortened texts and contribution lists within a size budget.</summary>
internal static class CardTexts
{
    public static string Shorten(string? text, int maxChars)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var flat = text.Trim();
        return flat.Length <= maxChars ? flat : flat[..Math.Max(1, maxChars - 1)].TrimEnd() + "…";
    }

    public static string Name(RoundState state, string? userKey, CultureInfo culture) =>
        state.Participants.FirstOrDefault(p => p.Id == userKey)?.DisplayName is { Length: > 0 } name ? name : RoundCardStrings.UnknownPerson(culture);

    public static string Names(RoundState state, IEnumerable<string> userKeys, CultureInfo culture, int max = 60)
    {
        var list = userKeys.ToList();
        var shown = string.Join(", ", list.Take(max).Select(k => Name(state, k, culture)));
        return list.Count > max ? shown + " " + RoundCardStrings.MoreItems(culture, list.Count - max) : shown;
    }

    /// <summary>The text of an item: its own text, or for a choice the option's text.</summary>
    public static string ItemText(PhaseDefinition phase, SummaryItem item, CultureInfo culture) =>
        item.ChoiceOptionId is { } option
            ? phase.Collects.Options.FirstOrDefault(o => o.Id == option)?.Text.For(culture) ?? option
            : item.Text ?? "";

    /// <summary>
    /// Appends at most <paramref name="maxItems"/> items, each shortened to <paramref name="maxChars"/>, and a "+N meer" line
    /// for the rest. Named items start with the author's name. Anonymous choice phases are shown as counts per option.
    /// </summary>
    public static void AddItems(List<CardElement> body, RoundState state, PhaseDefinition phase, IReadOnlyList<SummaryItem> items,
        CultureInfo culture, int maxItems, int maxChars)
    {
        if (phase.Collects.Kind == CollectKind.Choice)
        {
            foreach (var option in phase.Collects.Options)
            {
                var count = items.Count(i => i.ChoiceOptionId == option.Id);
                body.Add(new TextBlock { Text = RoundCardStrings.ChoiceCount(culture, option.Text.For(culture), count), Wrap = true, Spacing = Spacing.None });
            }

            if (phase.Visibility == ContributionVisibility.Named)
            {
                AddLines(body, state, phase, items, culture, maxItems, maxChars);
            }

            return;
        }

        AddLines(body, state, phase, items, culture, maxItems, maxChars);
    }

    private static void AddLines(List<CardElement> body, RoundState state, PhaseDefinition phase, IReadOnlyList<SummaryItem> items,
        CultureInfo culture, int maxItems, int maxChars)
    {
        foreach (var item in items.Take(maxItems))
        {
            var text = Shorten(ItemText(phase, item, culture), maxChars);
            var line = item.AuthorId is null ? "• " + text : $"**{Name(state, item.AuthorId, culture)}**: {text}";
            body.Add(new TextBlock { Text = line, Wrap = true, Spacing = Spacing.Small });
            if (item.Answer is { } answer)
            {
                body.Add(new TextBlock { Text = RoundCardStrings.AnswerLine(culture, Shorten(answer, maxChars)), Wrap = true, IsSubtle = true, Spacing = Spacing.None });
            }
        }

        if (items.Count > maxItems)
        {
            body.Add(new TextBlock { Text = RoundCardStrings.MoreItems(culture, items.Count - maxItems), IsSubtle = true, Wrap = true, Spacing = Spacing.Small });
        }
    }

    /// <summary>A date and time the client shows in the user's own time zone (Adaptive Cards DATE/TIME functions).</summary>
    public static string LocalDateTime(DateTimeOffset at)
    {
        var iso = at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return "{{DATE(" + iso + ", SHORT)}} {{TIME(" + iso + ")}}";
    }

    /// <summary>A time the client shows in the user's own time zone.</summary>
    public static string LocalTime(DateTimeOffset at) =>
        "{{TIME(" + at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) + ")}}";

    /// <summary>The first budget whose card fits <paramref name="maxBytes"/>; the smallest budget otherwise.</summary>
    public static AdaptiveCard FitToSize(Func<int, int, AdaptiveCard> build, int maxBytes)
    {
        (int Items, int Chars)[] budgets = [(40, 400), (25, 240), (15, 160), (8, 100), (4, 80), (0, 0)];
        AdaptiveCard? card = null;
        foreach (var (items, chars) in budgets)
        {
            card = build(items, chars);
            if (CardSize.Utf16Bytes(card) <= maxBytes) return card;
        }

        return card!;
    }
}
