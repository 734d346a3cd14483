using System.Globalization;

namespace IntervisieBot.Features.Shared;

/// <summary>
/// Each feature lists its own commands for the help and welcome cards, so the cards only ever name commands that
/// exist. Register with <c>services.AddSingleton&lt;IHelpEntrySource, …&gt;()</c>.
/// </summary>
public interface IHelpEntrySource
{
    IEnumerable<HelpEntry> GetEntries(CultureInfo culture);
}
