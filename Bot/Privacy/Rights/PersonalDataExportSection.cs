namespace IntervisieBot.Privacy.Rights;

/// <summary>
/// One area's content in <c>exporteer mijn gegevens</c> (<see cref="IPersonalDataContributor.ExportAsync"/>): its localized
/// name and its items, plain records serialised as JSON (texts, choices, dates, ids; never another person's data).
/// </summary>
public sealed record PersonalDataExportSection(string Area, IReadOnlyList<object> Items);
