using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Tests.Protocol.Turns;

public sealed class RouteTableTests
{
    private static readonly TurnHandler Noop = (_, _) => Task.CompletedTask;

    private static (RouteTable Table, Dictionary<TurnHandler, string> Names) Build()
    {
        TurnHandler help = (_, _) => Task.CompletedTask, start = (_, _) => Task.CompletedTask, startRound = (_, _) => Task.CompletedTask,
            casus = (_, _) => Task.CompletedTask, unknown = (_, _) => Task.CompletedTask;
        var table = new RouteTableBuilder()
            .Commands(["help", "hulp"], help)
            .Command("start", start)
            .Command("start intervisie", startRound)
            .Command("casus", casus)
            .UnknownMessage(unknown)
            .Build();
        return (table, new() { [help] = "help", [start] = "start", [startRound] = "start intervisie", [casus] = "casus", [unknown] = "unknown" });
    }

    [Theory]
    [InlineData("help", "help", "")]
    [InlineData("HULP", "help", "")]
    [InlineData("start intervisie", "start intervisie", "")]
    [InlineData("Start Intervisie vijfstappen", "start intervisie", "vijfstappen")]
    [InlineData("start", "start", "")]
    [InlineData("starten", "unknown", "starten")]
    [InlineData("casus: klant met schulden", "casus", "klant met schulden")]
    [InlineData("casus klant met schulden", "casus", "klant met schulden")]
    [InlineData("wat kan ik hier", "unknown", "wat kan ik hier")]
    [InlineData("", "unknown", "")]
    public void TryMatchCommand_LongestPhraseWins(string text, string expected, string expectedArguments)
    {
        var (table, names) = Build();
        table.TryMatchCommand(text, out var handler, out var arguments);
        Assert.Equal(expected, names[handler]);
        Assert.Equal(expectedArguments, arguments);
    }

    [Fact]
    public void Build_DuplicateCommand_Throws()
    {
        var builder = new RouteTableBuilder().Command("help", Noop).Command("Help", Noop).UnknownMessage(Noop);
        var error = Assert.Throws<InvalidOperationException>(builder.Build);
        Assert.Contains("help", error.Message);
    }

    [Fact]
    public void Build_DuplicateVerbOrInvoke_Throws()
    {
        CardActionHandler action = (_, _, _) => Task.FromResult(CardActionResult.ShowMessage("x"));
        InvokeHandler invoke = (_, _) => Task.FromResult(new IntervisieBot.Protocol.Schema.InvokeResponse(200));
        Assert.Throws<InvalidOperationException>(new RouteTableBuilder().CardAction("advance", action).CardAction("advance", action).UnknownMessage(Noop).Build);
        Assert.Throws<InvalidOperationException>(new RouteTableBuilder().ComposeExtension("composeExtension/query", "zoek", invoke)
            .ComposeExtension("composeExtension/query", "zoek", invoke).UnknownMessage(Noop).Build);
        Assert.Throws<InvalidOperationException>(new RouteTableBuilder().Invoke(InvokeNames.AdaptiveCardAction, invoke).UnknownMessage(Noop).Build);
    }

    [Fact]
    public void Build_WithoutUnknownMessageHandler_Throws() =>
        Assert.Throws<InvalidOperationException>(new RouteTableBuilder().Command("help", Noop).Build);
}
