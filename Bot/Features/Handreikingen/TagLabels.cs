using System.Globalization;
using IntervisieBot.Features.Lessons;

namespace IntervisieBot.Features.Handreikingen;

/// <summary>The readable name of a taxonomy tag ("Schulden", "Handhaving en maatregelen"), Dutch or English (the lessons' tag names).</summary>
public static class TagLabels
{
    public static string Label(string tag, CultureInfo culture) => LessonsStrings.Tag(culture, tag);
}
