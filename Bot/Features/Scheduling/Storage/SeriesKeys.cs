using System.Globalization;
using IntervisieBot.Storage;

namespace IntervisieBot.Features.Scheduling.Storage;

/// <summary>Row keys of <see cref="TableNames.SchedulingSeries"/>; the partition is the team scope's partition key.</summary>
public static class SeriesKeys
{
    public const string SeriesRow = "series";
    public const string SessionPrefix = "s|";
    public const string ProposalPrefix = "p|";

    public static string DateKey(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static bool TryParseDateKey(string? value, out DateOnly date) =>
        DateOnly.TryParseExact(value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string Session(DateOnly date) => SessionPrefix + DateKey(date);

    public static string ProposalsOf(DateOnly date) => ProposalPrefix + DateKey(date) + "|";

    public static string Proposal(DateOnly date, string userKey) => ProposalsOf(date) + TableKeys.Encode(userKey);

    /// <summary>The exclusive upper bound of a prefix range query.</summary>
    public static string UpperBound(string prefix) => prefix[..^1] + (char)(prefix[^1] + 1);
}
