namespace IntervisieBot.Privacy.Rights;

/// <summary>One line of "mijn gegevens": an already localized description and how many items the bot holds.</summary>
public sealed record PersonalDataItem(string Description, int Count);

/// <summary>What one feature holds about a person, and what stays after deletion (already localized).</summary>
public sealed record PersonalDataReport(string Area, IReadOnlyList<PersonalDataItem> Items, IReadOnlyList<string> Remains);
