using System.Text.Json.Nodes;
using IntervisieBot.Features.Intervisie.Methods;

namespace IntervisieBot.Tests.Intervisie.Methods;

public sealed class MethodLoaderTests
{
    private static readonly string TestMethodJson =
        File.ReadAllText(Path.Combine(IntervisieTestData.TestMethodsDirectory, "oplossingsgericht.json"));

    [Theory]
    [InlineData("incidentmethode", 10)]
    [InlineData("vijfstappenmethode", 5)]
    [InlineData("roddelmethode", 5)]
    [InlineData("korte-consultatie", 3)]
    [InlineData("moreel-beraad", 7)]
    public void LoadFile_ShippedMethod_LoadsWithExpectedPhaseCount(string methodId, int phases)
    {
        var result = MethodLoader.LoadFile(Path.Combine(IntervisieTestData.ShippedMethodsDirectory, methodId + ".json"));

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
        Assert.Equal(methodId, result.Method!.Id);
        Assert.Equal(phases, result.Method.Phases.Count);
        Assert.Equal(result.Method.Phases.Sum(p => p.TimeboxMinutes), result.Method.TypicalDurationMinutes);
    }

    [Theory]
    [InlineData("incidentmethode")]
    [InlineData("vijfstappenmethode")]
    [InlineData("roddelmethode")]
    [InlineData("korte-consultatie")]
    [InlineData("moreel-beraad")]
    public void LoadFile_ShippedMethod_HasEveryTextInDutchAndEnglishAndNamesItsSource(string methodId)
    {
        var method = MethodLoader.LoadFile(Path.Combine(IntervisieTestData.ShippedMethodsDirectory, methodId + ".json")).Method!;
        Assert.True(method.Reference.Length > 20, $"{methodId} names no source");

        List<BilingualText> texts = [method.Name, method.Description];
        foreach (var phase in method.Phases)
        {
            texts.AddRange([phase.Title, phase.GroupInstruction, phase.GespreksleiderInstruction]);
            if (phase.Collects.CollectsAnything)
            {
                texts.Add(Assert.IsType<BilingualText>(phase.InputLabel));
            }

            texts.AddRange(phase.Collects.Options.Select(o => o.Text));
        }

        Assert.All(texts, t =>
        {
            Assert.False(string.IsNullOrWhiteSpace(t.Nl));
            Assert.False(string.IsNullOrWhiteSpace(t.En));
            Assert.NotEqual(t.Nl, t.En);
        });
    }

    [Fact]
    public void LoadFile_Incidentmethode_HidesWrittenWorkUntilTheNextPhaseRevealsIt()
    {
        var method = IntervisieTestData.Registry.Find("incidentmethode")!;

        var questions = method.Phases[2];
        var questionRound = method.Phases[3];
        var standpoints = method.Phases[5];
        var discussion = method.Phases[6];
        Assert.False(questions.ShowContributions);
        Assert.Equal(questions.Id, questionRound.RevealsPhaseId);
        Assert.False(standpoints.ShowContributions);
        Assert.Equal(standpoints.Id, discussion.RevealsPhaseId);
        Assert.Equal(PhaseActor.EachMember, standpoints.Actor);
        Assert.Single(method.Phases, p => p.IsInbrengerChoice);
    }

    [Fact]
    public void Parse_TestOnlyMethod_IsValid()
    {
        var result = MethodLoader.Parse(TestMethodJson, "oplossingsgericht.json");

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
        Assert.Equal(CollectKind.Choice, result.Method!.Phases[2].Collects.Kind);
        Assert.Equal(3, result.Method.Phases[2].Collects.Options.Count);
    }

    public static TheoryData<string, Action<JsonObject>, string> InvalidDefinitions => new()
    {
        { "unknown actor", m => Phase(m, 0)["actor"] = "teamleider", "phases[0].actor: unknown actor 'teamleider'" },
        { "missing actor", m => Phase(m, 0).Remove("actor"), "phases[0].actor: is missing" },
        { "duplicate phase id", m => Phase(m, 1)["id"] = "doel", "phases[1].id: duplicate phase id 'doel'" },
        { "missing Dutch text", m => ((JsonObject)Phase(m, 1)["title"]!).Remove("nl"), "phases[1].title.nl: Dutch text is missing" },
        { "blank English text", m => ((JsonObject)Phase(m, 1)["groupInstruction"]!)["en"] = "  ", "phases[1].groupInstruction.en: English text is missing" },
        { "missing method name", m => m.Remove("name"), "name: is missing (needs Dutch 'nl' and English 'en' text)" },
        { "timebox zero", m => Phase(m, 2)["timeboxMinutes"] = 0, "phases[2].timeboxMinutes: must be between 1 and 240 (is 0)" },
        { "timebox negative", m => Phase(m, 2)["timeboxMinutes"] = -5, "phases[2].timeboxMinutes: must be between 1 and 240 (is -5)" },
        { "timebox missing", m => Phase(m, 2).Remove("timeboxMinutes"), "phases[2].timeboxMinutes: is missing" },
        { "unknown collects", m => Phase(m, 1)["collects"] = "everything", "phases[1].collects: unknown collects 'everything'" },
        { "unknown visibility", m => Phase(m, 1)["visibility"] = "secret", "phases[1].visibility: unknown visibility 'secret'" },
        { "inbrengerText by group", m => Phase(m, 0)["actor"] = "group", "phases[0].collects: 'inbrengerText' needs actor 'inbrenger'" },
        { "memberTexts by inbrenger", m => Phase(m, 1)["actor"] = "inbrenger", "phases[1].collects: use 'inbrengerText'" },
        { "maxPerMember zero", m => Phase(m, 1)["maxPerMember"] = 0, "phases[1].maxPerMember: must be between 1 and 10 (is 0)" },
        { "maxPerMember on choice", m => Phase(m, 2)["maxPerMember"] = 2, "phases[2].maxPerMember: only applies to 'memberTexts'" },
        { "choice with one option", m => Phase(m, 2)["options"] = new JsonArray(Option("een")), "phases[2].options: a choice needs between 2 and 10 options (has 1)" },
        { "duplicate option id", m => Phase(m, 2)["options"] = new JsonArray(Option("een"), Option("een")), "phases[2].options[1].id: duplicate option id 'een'" },
        { "options on text phase", m => Phase(m, 1)["options"] = new JsonArray(Option("een"), Option("twee")), "phases[1].options: only applies to 'choice'" },
        { "missing input label", m => Phase(m, 1).Remove("inputLabel"), "phases[1].inputLabel: is missing" },
        { "anonymous inbrenger", m => Phase(m, 0)["visibility"] = "anonymous", "phases[0].visibility: 'anonymous' makes no sense" },
        { "reveals later phase", m => Phase(m, 0)["reveals"] = "ideeen", "phases[0].reveals: 'ideeen' must be the id of an earlier phase" },
        { "inbrengerChoice by group", m => Phase(m, 1)["inbrengerChoice"] = true, "phases[1].inbrengerChoice: only a phase with actor 'inbrenger'" },
        { "two inbrengerChoices", m => Phase(m, 0)["inbrengerChoice"] = true, "phases: at most one phase can be the inbrengerChoice (found 2)" },
        { "bad phase id", m => Phase(m, 1)["id"] = "Wat Werkt", "phases[1].id: 'Wat Werkt' is not a valid id" },
        { "no phases", m => m["phases"] = new JsonArray(), "phases: a method needs at least one phase" },
        { "duration zero", m => m["typicalDurationMinutes"] = 0, "typicalDurationMinutes: must be greater than 0 (is 0)" },
        { "no source", m => m.Remove("source"), "source: is missing: name where the method comes from" },
        { "typo in property", m => Phase(m, 1)["timeBox"] = 5, "not valid method JSON" },
    };

    [Theory]
    [MemberData(nameof(InvalidDefinitions))]
    public void Parse_InvalidDefinition_ReportsClearError(string because, Action<JsonObject> mutate, string expectedError)
    {
        var json = JsonNode.Parse(TestMethodJson)!.AsObject();
        mutate(json);

        var result = MethodLoader.Parse(json.ToJsonString(), "kapot.json");

        Assert.False(result.IsValid, because);
        Assert.Null(result.Method);
        Assert.Contains(result.Errors, e => e.StartsWith("kapot.json: ", StringComparison.Ordinal) && e.Contains(expectedError, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsEveryOne()
    {
        var json = JsonNode.Parse(TestMethodJson)!.AsObject();
        Phase(json, 0)["actor"] = "iedereen";
        Phase(json, 1)["timeboxMinutes"] = 0;
        ((JsonObject)Phase(json, 2)["title"]!).Remove("en");

        var result = MethodLoader.Parse(json.ToJsonString(), "kapot.json");

        Assert.Equal(3, result.Errors.Count);
    }

    [Theory]
    [InlineData("{ \"id\": ")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("")]
    public void Parse_NotAnObject_ReportsErrorWithoutThrowing(string json)
    {
        var result = MethodLoader.Parse(json, "leeg.json");

        Assert.False(result.IsValid);
        Assert.Single(result.Errors);
        Assert.StartsWith("leeg.json: ", result.Errors[0], StringComparison.Ordinal);
    }

    private static JsonObject Phase(JsonObject method, int index) => method["phases"]![index]!.AsObject();

    private static JsonObject Option(string id) => new()
    {
        ["id"] = id,
        ["text"] = new JsonObject { ["nl"] = "Optie", ["en"] = "Option" },
    };
}
