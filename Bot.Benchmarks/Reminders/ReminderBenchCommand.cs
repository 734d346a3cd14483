using System.Globalization;
using IntervisieBot.Storage;


namespace IntervisieBot.Benchmarks.Reminders;

/// <summary>
/// <c>reminders bench [--reminders N] [--users U] [--instances K] [--margin-ms M] [--tables CONNECTIONSTRING]</c>: runs
/// <see cref="ReminderFanOutBenchmark"/> and prints its JSON. Needs Azurite (or a storage account) reachable through
/// <c>--tables</c> or <c>ConnectionStrings__Tables</c> (default: UseDevelopmentStorage=true).
/// </summary>
public static class ReminderBenchCommand
{
    public static bool Matches(string[] args) => args is ["reminders", "bench", ..];

    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, TextWriter output, TextWriter error)
    {
        var reminders = 10_000;
        var users = 2_000;
        var instances = 1;
        TimeSpan? margin = null;
        var tables = configuration.GetConnectionString("Tables") ?? StorageServiceCollectionExtensions.DevelopmentConnectionString;
        for (var i = 2; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--reminders" when int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n > 0: reminders = n; i++; break;
                case "--users" when int.TryParse(value, CultureInfo.InvariantCulture, out var u) && u > 0: users = u; i++; break;
                case "--instances" when int.TryParse(value, CultureInfo.InvariantCulture, out var k) && k > 0: instances = k; i++; break;
                case "--tables" when !string.IsNullOrWhiteSpace(value): tables = value; i++; break;
                case "--margin-ms" when int.TryParse(value, CultureInfo.InvariantCulture, out var ms) && ms is >= 0 and < 1000: margin = TimeSpan.FromMilliseconds(ms); i++; break;
                default:
                    await error.WriteLineAsync("usage: reminders bench [--reminders N] [--users U] [--instances K] [--margin-ms 0-999] [--tables CONNECTIONSTRING]").ConfigureAwait(false);
                    return 2;
            }
        }
        var result = await ReminderFanOutBenchmark.RunAsync(
            new ReminderFanOutOptions { Reminders = reminders, Users = users, Instances = instances, TablesConnectionString = tables, PacingMargin = margin }, output).ConfigureAwait(false);
        return result.CompletedWithinTimeout && result.Duplicates == 0 && result.Lost == 0 ? 0 : 1;
    }
}
