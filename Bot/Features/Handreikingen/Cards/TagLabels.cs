using System.Globalization;

namespace IntervisieBot.Features.Handreikingen.Cards;

/// <summary>The readable name of a taxonomy tag ("Schulden", "Handhaving en maatregelen"), Dutch or English; lessons use the same names.</summary>
public static class TagLabels
{
    public static string Label(string tag, CultureInfo culture) => HandreikingenText.Get("Tag_" + tag.Replace('-', '_'), culture);
}
