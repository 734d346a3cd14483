using System.Net;
using System.Net.Sockets;
using IntervisieBot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace IntervisieBot.Tests.EndToEnd;

/// <summary>
/// The first hour as the README tells it: <c>./run.sh</c>, then the Agents Playground in a browser. The Playground sends
/// <c>locale: en-US</c>; the bot still speaks Dutch (the default), and the console stays quiet with the address last.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class RunScriptPlaygroundTests(ITestOutputHelper output)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task RunSh_ThenHulpInThePlayground_ShowsDutchHelp_AndAQuietConsole()
    {
        await using var run = RunScript.Start();
        var ready = await run.WaitForLineAsync(@"^==> Ready\. Open http://127\.0\.0\.1:\d+ ", StartTimeout);
        Assert.Contains($"http://127.0.0.1:{run.PlaygroundPort} ", ready, StringComparison.Ordinal);
        var shots = Path.Combine(Path.GetTempPath(), "intervisiebot-e2e", nameof(RunSh_ThenHulpInThePlayground_ShowsDutchHelp_AndAQuietConsole));

        var result = await PlaygroundServer.RunStepsAsync(run.PlaygroundUrl,
        [
            new { expect = "Welkom bij IntervisieBot" },   // connected: the personal chat's welcome, in Dutch
            new { say = "hlup" },
            new { expect = "Bedoel je" },                  // a typo gets the closest command, with a button
            new { click = "^hulp$" },
            new { expect = "Wat kan IntervisieBot\\?" },
            new { expect = "Dit kun je hier, in ons gesprek, doen" },
            new { screenshot = "hulp.png" },
            new { click = "^les$" },                       // the help card's buttons do what they say
            new { expect = "^Nieuwe les$" },
        ], shots);

        output.WriteLine(result.StandardOutput);
        output.WriteLine(string.Join('\n', run.Lines));
        Assert.True(result.ExitCode == 0, $"Playground steps failed (screenshots in {shots}): {result.StandardOutput} {result.StandardError}");
        Assert.Contains("\"pageErrors\":[]", result.StandardOutput);

        // The quiet console: one line per turn, no per-request framework chatter, and nothing of what was typed.
        var turnLine = await run.WaitForLineAsync(@"Turn message - -> done in \d+ ms", TimeSpan.FromSeconds(30));
        Assert.StartsWith("info: IntervisieBot.Protocol.Turns.TurnRunner", turnLine, StringComparison.Ordinal);
        var lines = run.Lines;
        Assert.DoesNotContain(lines, l => l.Contains("Request starting", StringComparison.Ordinal) || l.Contains("Sending HTTP request", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("hulp", StringComparison.Ordinal) && !l.StartsWith("==>", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("BOT_PORT")]
    [InlineData("PLAYGROUND_PORT")]
    [InlineData("AZURITE_PORT")]
    public async Task RunSh_RefusesAPortThatIsAlreadyInUse_BeforeStartingAnything(string setting)
    {
        using var other = new TcpListener(IPAddress.Loopback, 0);   // another program holding the port
        other.Start();
        var port = ((IPEndPoint)other.LocalEndpoint).Port;

        await using var run = RunScript.Start(new Dictionary<string, string> { [setting] = port.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        await run.WaitForExitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(1, run.ExitCode);
        var lines = run.Lines;
        Assert.Contains(lines, l => l.Contains($"port {port} ({setting}) is already in use", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("==> Azurite", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("BOT_PORT", "abc")]
    [InlineData("PLAYGROUND_PORT", "70000")]
    public async Task RunSh_RefusesAPortThatIsNotANumber(string setting, string value)
    {
        await using var run = RunScript.Start(new Dictionary<string, string> { [setting] = value });
        await run.WaitForExitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.Lines, l => l.Contains($"{setting} must be a port number (1-65535), not '{value}'", StringComparison.Ordinal));
    }
}
