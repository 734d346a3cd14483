using IntervisieBot.Benchmarks.Reminders;

namespace IntervisieBot.Benchmarks;

/// <summary>
/// Entry point of <c>./bench.sh</c>: runs everything, writes results.json and results.md. Exit code 0 unless it could not run.
/// <c>reminders bench …</c> runs the reminder fan-out alone (<see cref="ReminderBenchCommand"/>).
/// </summary>
public static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (ReminderBenchCommand.Matches(args))
            return await ReminderBenchCommand.RunAsync(args, new ConfigurationBuilder().AddEnvironmentVariables().Build(), Console.Out, Console.Error);
        var options = BenchmarkOptions.Parse(args, Console.Error);
        if (options is null) return 2;
        try
        {
            var report = await BenchmarkRunner.RunAsync(options, Console.Out);
            var (json, markdown) = await ReportWriter.WriteAsync(report, options.OutputDirectory);
            Console.WriteLine();
            Console.WriteLine(await File.ReadAllTextAsync(markdown));
            Console.WriteLine($"Wrote {json} and {markdown}");
            return 0;
        }
        catch (BenchmarkSetupException ex)
        {
            Console.Error.WriteLine("Benchmark could not run: " + ex.Message);
            return 1;
        }
    }
}
