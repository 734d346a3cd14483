using System.Globalization;
using System.Resources;
using IntervisieBot.Features.Intervisie.Rounds;

namespace IntervisieBot.Features.Intervisie;

/// <summary>
/// The general (non-method) user-facing texts of the intervisie feature, from <c>IntervisieStrings.resx</c> (Dutch,
/// neutral) and <c>IntervisieStrings.en.resx</c>. Method texts live inline in each method definition file.
/// </summary>
public static class IntervisieTexts
{
    public static ResourceManager Resources { get; } =
        new("IntervisieBot.Features.Intervisie.IntervisieStrings", typeof(IntervisieTexts).Assembly);

    /// <summary>The friendly explanation of a refusal, in the given culture (Dutch unless English).</summary>
    public static string Refusal(RefusalReason reason, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var key = $"Refusal_{reason}";
        return Resources.GetString(key, culture)
            ?? throw new InvalidOperationException($"Missing intervisie text '{key}'.");
    }
}
