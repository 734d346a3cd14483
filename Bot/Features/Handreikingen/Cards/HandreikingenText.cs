using System.Globalization;
using System.Resources;

namespace IntervisieBot.Features.Handreikingen.Cards;

/// <summary>User-facing strings of the feature (HandreikingenStrings.resx: Dutch neutral; .en.resx: English).</summary>
public static class HandreikingenText
{
    public static CultureInfo Dutch { get; } = CultureInfo.GetCultureInfo("nl-NL");

    private static readonly ResourceManager Resources =
        new("IntervisieBot.Features.Handreikingen.Cards.HandreikingenStrings", typeof(HandreikingenText).Assembly);

    public static string Get(string name, CultureInfo culture) =>
        Resources.GetString(name, culture) ?? throw new InvalidOperationException($"Missing string {name}.");

    public static string Format(string name, CultureInfo culture, params object?[] args) =>
        string.Format(culture, Get(name, culture), args);
}
