using System.Text.Json;
using IntervisieBot.Features.Handreikingen.Domain;
using IntervisieBot.Features.Handreikingen.Handlers;
using Xunit;

namespace IntervisieBot.Tests.Handreikingen.Handlers;

public sealed class RecommendCommandTests
{
    [Fact]
    public async Task RunAsync_Jsonl_WritesOneResultLinePerInputBestFirst()
    {
        var input = """
            {"id":"a","text":"Er ligt beslag op zijn loon en hij staat rood."}

            {"id":"b","text":"Hij blowt elke dag."}
            """;
        var (code, lines) = await RunAsync(["recommend", "--jsonl"], input);

        Assert.Equal(0, code);
        Assert.Equal(2, lines.Count);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("a", first.RootElement.GetProperty("id").GetString());
        var results = first.RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.InRange(results.Count, 1, 3);
        var scores = results.Select(r => r.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.Contains("schulden", results[0].GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.False(string.IsNullOrEmpty(results[0].GetProperty("title").GetString()));
        Assert.StartsWith("Je casus noemt ", results[0].GetProperty("why").GetString(), StringComparison.Ordinal);
        Assert.Contains("(Schulden)", results[0].GetProperty("why").GetString(), StringComparison.Ordinal);
        Assert.Contains(". Deze handreiking: ", results[0].GetProperty("why").GetString(), StringComparison.Ordinal);
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal("b", second.RootElement.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("{kapot", null, "Regel 1 is geen geldig JSON-object.")]
    [InlineData("[1,2]", null, "Regel 1 is geen geldig JSON-object.")]
    [InlineData("{\"text\":\"schulden\"}", null, "Regel 1 mist het veld \"id\" (tekst).")]
    [InlineData("{\"id\":\"x\"}", "x", "Regel 1 mist het veld \"text\" (tekst).")]
    [InlineData("{\"id\":\"x\",\"text\":42}", "x", "Regel 1 mist het veld \"text\" (tekst).")]
    public async Task RunAsync_MalformedLine_WritesErrorObjectAndContinues(string badLine, string? id, string error)
    {
        var (code, lines) = await RunAsync(["--jsonl"], badLine + "\n{\"id\":\"ok\",\"text\":\"Hij heeft schulden.\"}\n");

        Assert.Equal(0, code);
        Assert.Equal(2, lines.Count);
        using var bad = JsonDocument.Parse(lines[0]);
        Assert.Equal(id, bad.RootElement.GetProperty("id").GetString());
        Assert.Equal(1, bad.RootElement.GetProperty("line").GetInt32());
        Assert.Equal(error, bad.RootElement.GetProperty("error").GetString());
        using var good = JsonDocument.Parse(lines[1]);
        Assert.NotEmpty(good.RootElement.GetProperty("results").EnumerateArray());
    }

    [Fact]
    public async Task RunAsync_JsonlNothingFound_WritesEmptyResults()
    {
        var (_, lines) = await RunAsync(["--jsonl"], "{\"id\":7,\"text\":\"Wat is het weer morgen?\"}");

        using var doc = JsonDocument.Parse(Assert.Single(lines));
        Assert.Equal("7", doc.RootElement.GetProperty("id").GetString());
        Assert.Empty(doc.RootElement.GetProperty("results").EnumerateArray());
    }

    [Fact]
    public async Task RunAsync_Text_PrintsReadableSuggestions()
    {
        var (code, lines) = await RunAsync(["recommend", "Hij", "drinkt", "te", "veel"], "");

        Assert.Equal(0, code);
        Assert.Equal("Herkende onderwerpen: verslaving", lines[0]);
        Assert.StartsWith("1. ", lines.First(l => l.StartsWith("1.", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("   Waarom: Je casus noemt drinkt (Verslaving). Deze handreiking: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_TextNothingFound_SaysSoInDutch()
    {
        var (code, lines) = await RunAsync(["recommend", "Wat is het weer morgen?"], "");

        Assert.Equal(0, code);
        Assert.Contains(lines, l => l.StartsWith("Niets gevonden", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_EnglishLanguage_PrintsEnglish()
    {
        var (_, lines) = await RunAsync(["recommend", "--lang", "en", "Hij drinkt te veel"], "");

        Assert.Equal("Recognised topics: verslaving", lines[0]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("recommend")]
    [InlineData("recommend|--help")]
    [InlineData("recommend|--jsonl|extra tekst")]
    [InlineData("recommend|--lang")]
    public async Task RunAsync_BadArguments_PrintsUsageAndReturns2(string joinedArgs)
    {
        var args = joinedArgs.Split('|', StringSplitOptions.RemoveEmptyEntries);
        var (code, lines) = await RunAsync(args, "");

        Assert.Equal(2, code);
        Assert.Equal("Gebruik:", lines[0]);
    }

    [Fact]
    public async Task RunAsync_GivenRecommender_UsesItsOptions()
    {
        using var recommender = HandreikingRecommender.CreateDefault(new HandreikingenOptions { MaxResults = 1 });
        using var input = new StringReader("{\"id\":\"a\",\"text\":\"Hij heeft schulden en drinkt.\"}");
        using var output = new StringWriter();

        var code = await RecommendCommand.RunAsync(["recommend", "--jsonl"], input, output, recommender);

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output.ToString());
        Assert.Single(doc.RootElement.GetProperty("results").EnumerateArray());
    }

    [Theory]
    [InlineData("recommend|--jsonl", true)]
    [InlineData("recommend", true)]
    [InlineData("cards|dump", false)]
    [InlineData("", false)]
    public void Matches_FirstArgument_DecidesWhetherThisCommandRuns(string joinedArgs, bool expected)
    {
        Assert.Equal(expected, RecommendCommand.Matches(joinedArgs.Split('|', StringSplitOptions.RemoveEmptyEntries)));
    }

    private static async Task<(int Code, List<string> Lines)> RunAsync(string[] args, string stdin)
    {
        using var input = new StringReader(stdin);
        using var output = new StringWriter();
        var code = await RecommendCommand.RunAsync(args, input, output);
        return (code, [.. output.ToString().Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0)]);
    }
}
