using System.Globalization;

namespace IntervisieBot.Features.Intervisie.Methods;

/// <summary>
/// A text written in both product languages inside a method definition file. Dutch is the default;
/// English is used when the requested culture is English.
/// </summary>
public sealed record BilingualText(string Nl, string En)
{
    public string For(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.TwoLetterISOLanguageName == "en" ? En : Nl;
    }
}
