using System.Globalization;
using System.Resources;
using IntervisieBot.Localization;

namespace IntervisieBot.Features.Intervisie.Cards;

/// <summary>Typed access to <c>IntervisieRightsStrings.resx</c> (Dutch) and <c>IntervisieRightsStrings.en.resx</c>.</summary>
public static class IntervisieRightsStrings
{
    public static LocalizedText Text { get; } = new(new ResourceManager(typeof(IntervisieRightsStrings)));

    public static string Area(CultureInfo c) => Text.Get(nameof(Area), c);
    public static string Contributions(CultureInfo c) => Text.Get(nameof(Contributions), c);
    public static string CasusBroughtIn(CultureInfo c) => Text.Get(nameof(CasusBroughtIn), c);
    public static string AgreementsConfirmed(CultureInfo c) => Text.Get(nameof(AgreementsConfirmed), c);
    public static string Remains(CultureInfo c) => Text.Get(nameof(Remains), c);
}
