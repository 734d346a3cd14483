using System.Globalization;
using System.Resources;
using IntervisieBot.Features.Intervisie.Domain;
using IntervisieBot.Localization;

namespace IntervisieBot.Features.Intervisie.Cards;

/// <summary>
/// Typed access to <c>IntervisieStrings.resx</c> (Dutch) and <c>IntervisieStrings.en.resx</c>: the general
/// (non-method) user-facing texts of the intervisie feature. Method texts live inline in each method definition file.
/// </summary>
public static class IntervisieStrings
{
    public static LocalizedText Text { get; } = new(new ResourceManager(typeof(IntervisieStrings)));

    /// <summary>The friendly explanation of a refusal (key <c>Refusal_{reason}</c>), in the given culture.</summary>
    public static string Refusal(RefusalReason reason, CultureInfo culture) => Text.Get($"Refusal_{reason}", culture);
}
