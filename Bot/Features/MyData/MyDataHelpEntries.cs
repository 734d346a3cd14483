using System.Globalization;
using IntervisieBot.Features.Shared;
using IntervisieBot.Privacy.Rights;

namespace IntervisieBot.Features.MyData;

public sealed class MyDataHelpEntries : IHelpEntrySource
{
    public IEnumerable<HelpEntry> GetEntries(CultureInfo culture) =>
    [
        new HelpEntry(MyDataStrings.MyDataCommand(culture), MyDataStrings.HelpEntryMyData(culture), Order: 950, HelpPlace.Personal, Run: "mijn gegevens"),
        new HelpEntry(MyDataStrings.DeleteCommand(culture), MyDataStrings.HelpEntryDelete(culture), Order: 951, HelpPlace.Personal),
    ];
}
