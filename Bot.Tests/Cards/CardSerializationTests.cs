using Xunit;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntervisieBot.Cards;
using IntervisieBot.Protocol.Schema;

namespace IntervisieBot.Tests.Cards;

public sealed class CardSerializationTests
{
    private static JsonObject ToJson(object value) =>
        JsonSerializer.SerializeToNode(value, value.GetType(), ProtocolJson.Options)!.AsObject();

    /// <summary>Actions are written through their polymorphic base, as every action slot of a card is.</summary>
    private static JsonObject ActionJson(CardAction action) =>
        JsonSerializer.SerializeToNode(action, ProtocolJson.Options)!.AsObject();

    private static JsonObject CardJsonOf(AdaptiveCard card) => JsonNode.Parse(CardJson.Serialize(card))!.AsObject();

    [Fact]
    public void Serialize_EmptyCard_WritesTypeSchemaAndVersion15First()
    {
        var json = CardJsonOf(new AdaptiveCard());

        Assert.Equal(["type", "$schema", "version", "body"], json.Select(p => p.Key));
        Assert.Equal("AdaptiveCard", (string?)json["type"]);
        Assert.Equal("http://adaptivecards.io/schemas/adaptive-card.json", (string?)json["$schema"]);
        Assert.Equal("1.5", (string?)json["version"]);
    }

    public static TheoryData<CardElement, string> Elements => new()
    {
        { new TextBlock { Text = "t" }, "TextBlock" },
        { new RichTextBlock { Inlines = [new TextRun { Text = "r" }] }, "RichTextBlock" },
        { new FactSet { Facts = [new CardFact("a", "b")] }, "FactSet" },
        { new Container { Items = [] }, "Container" },
        { new ColumnSet { Columns = [] }, "ColumnSet" },
        { new ActionSet { Actions = [] }, "ActionSet" },
        { new InputText { Id = "i" }, "Input.Text" },
        { new InputChoiceSet { Id = "i", Choices = [] }, "Input.ChoiceSet" },
        { new InputToggle { Id = "i", Title = "t" }, "Input.Toggle" },
        { new InputDate { Id = "i" }, "Input.Date" },
    };

    [Theory]
    [MemberData(nameof(Elements))]
    public void Serialize_ElementInBody_WritesTypeDiscriminatorFirst(CardElement element, string expectedType)
    {
        var json = CardJsonOf(new AdaptiveCard { Body = [element] });

        var written = json["body"]![0]!.AsObject();
        Assert.Equal(expectedType, (string?)written["type"]);
        Assert.Equal("type", written.First().Key);
    }

    public static TheoryData<CardAction, string> Actions => new()
    {
        { new ExecuteAction { Verb = "v" }, "Action.Execute" },
        { new SubmitAction(), "Action.Submit" },
        { new ShowCardAction { Card = new AdaptiveCard() }, "Action.ShowCard" },
        { new ToggleVisibilityAction { TargetElements = [new TargetElement("x")] }, "Action.ToggleVisibility" },
        { new OpenUrlAction { Url = new Uri("https://example.org/handreiking") }, "Action.OpenUrl" },
    };

    [Theory]
    [MemberData(nameof(Actions))]
    public void Serialize_ActionInActions_WritesTypeDiscriminator(CardAction action, string expectedType)
    {
        var json = CardJsonOf(new AdaptiveCard { Actions = [action] });

        Assert.Equal(expectedType, (string?)json["actions"]![0]!["type"]);
    }

    [Fact]
    public void Serialize_NestedElementsAndSelectAction_KeepTheirDiscriminators()
    {
        var card = new AdaptiveCard
        {
            Body =
            [
                new Container
                {
                    Items = [new ColumnSet { Columns = [new Column { Items = [new InputToggle { Id = "t", Title = "x" }] }] }],
                    SelectAction = new SubmitAction(),
                },
            ],
        };

        var container = CardJsonOf(card)["body"]![0]!;
        Assert.Equal("Action.Submit", (string?)container["selectAction"]!["type"]);
        var column = container["items"]![0]!["columns"]![0]!;
        Assert.Equal("Column", (string?)column["type"]);
        Assert.Equal("Input.Toggle", (string?)column["items"]![0]!["type"]);
    }

    [Fact]
    public void Serialize_UnsetProperties_AreOmitted()
    {
        var json = ToJson(new AdaptiveCard { Body = [new TextBlock { Text = "alleen tekst" }] });

        Assert.Equal(["type", "$schema", "version", "body"], json.Select(p => p.Key));
        Assert.Equal(["type", "text"], json["body"]![0]!.AsObject().Select(p => p.Key));
    }

    [Theory]
    [InlineData(TextSize.ExtraLarge, "extraLarge")]
    [InlineData(TextSize.Medium, "medium")]
    public void Serialize_TextSize_IsCamelCaseString(TextSize size, string expected)
    {
        var json = ToJson(new TextBlock { Text = "t", Size = size });

        Assert.Equal(expected, (string?)json["size"]);
    }

    [Fact]
    public void Serialize_EnumsOnEveryRecord_AreSchemaStrings()
    {
        var json = ToJson(new AdaptiveCard
        {
            Body =
            [
                new TextBlock { Text = "t", Weight = TextWeight.Bolder, Color = TextColor.Attention, Spacing = Spacing.ExtraLarge },
                new Container { Items = [], Style = ContainerStyle.Emphasis, VerticalContentAlignment = VerticalContentAlignment.Center },
                new InputChoiceSet { Id = "c", Choices = [new Choice("Een", "1")], Style = ChoiceInputStyle.Filtered },
                new InputText { Id = "p", Style = TextInputStyle.Password },
            ],
            Actions = [new SubmitAction { Mode = ActionMode.Secondary, AssociatedInputs = AssociatedInputs.None }],
        });

        var body = json["body"]!;
        Assert.Equal("bolder", (string?)body[0]!["weight"]);
        Assert.Equal("attention", (string?)body[0]!["color"]);
        Assert.Equal("extraLarge", (string?)body[0]!["spacing"]);
        Assert.Equal("emphasis", (string?)body[1]!["style"]);
        Assert.Equal("center", (string?)body[1]!["verticalContentAlignment"]);
        Assert.Equal("filtered", (string?)body[2]!["style"]);
        Assert.Equal("password", (string?)body[3]!["style"]);
        Assert.Equal("secondary", (string?)json["actions"]![0]!["mode"]);
        Assert.Equal("none", (string?)json["actions"]![0]!["associatedInputs"]);
    }

    [Fact]
    public void Serialize_ColumnWidths_AreKeywordPixelsOrNumber()
    {
        var json = ToJson(new ColumnSet
        {
            Columns =
            [
                new Column { Items = [], Width = ColumnWidth.Auto },
                new Column { Items = [], Width = ColumnWidth.Stretch },
                new Column { Items = [], Width = ColumnWidth.Pixels(80) },
                new Column { Items = [], Width = ColumnWidth.Weight(2) },
            ],
        });

        var widths = json["columns"]!.AsArray().Select(c => c!["width"]!.ToJsonString());
        Assert.Equal(["\"auto\"", "\"stretch\"", "\"80px\"", "2"], widths);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void ColumnWidth_NonPositive_Throws(int value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ColumnWidth.Weight(value));
        Assert.Throws<ArgumentOutOfRangeException>(() => ColumnWidth.Pixels(value));
    }

    [Fact]
    public void Serialize_InputDate_WritesIsoDates()
    {
        var json = ToJson(new InputDate { Id = "d", Value = new DateOnly(2026, 3, 1), Min = new DateOnly(2026, 1, 31) });

        Assert.Equal("2026-03-01", (string?)json["value"]);
        Assert.Equal("2026-01-31", (string?)json["min"]);
    }

    [Fact]
    public void Serialize_TeamsFullWidthAndMention_WritesMsTeamsProperty()
    {
        var card = new AdaptiveCard
        {
            MsTeams = TeamsCardProperties.Full with
            {
                Entities = [new CardMention("<at>Sam</at>", new CardMentioned("29:1abc", "Sam"))],
            },
        };

        var msteams = CardJsonOf(card)["msteams"]!;
        Assert.Equal("Full", (string?)msteams["width"]);
        Assert.Equal("mention", (string?)msteams["entities"]![0]!["type"]);
        Assert.Equal("29:1abc", (string?)msteams["entities"]![0]!["mentioned"]!["id"]);
    }

    [Fact]
    public void Execute_WithPayload_DataCarriesVerbAndPayloadAndSubmitFallbackCarriesTheSame()
    {
        var action = CardActions.Execute("Volgende stap", "intervisie.advance", new { sessionId = "s-1", phase = 3 });

        var json = ActionJson(action);
        Assert.Equal("Action.Execute", (string?)json["type"]);
        Assert.Equal("intervisie.advance", (string?)json["verb"]);
        var expectedData = """{"verb":"intervisie.advance","sessionId":"s-1","phase":3}""";
        Assert.Equal(expectedData, json["data"]!.ToJsonString());
        Assert.Equal("Action.Submit", (string?)json["fallback"]!["type"]);
        Assert.Equal("Volgende stap", (string?)json["fallback"]!["title"]);
        Assert.Equal(expectedData, json["fallback"]!["data"]!.ToJsonString());
    }

    [Fact]
    public void Execute_FallbackData_IsACopyNotTheSameNode()
    {
        var action = CardActions.Execute("Opslaan", "lessons.save", new JsonObject { ["lessonId"] = "l-9" });

        var fallback = Assert.IsType<SubmitAction>(action.Fallback);
        Assert.NotSame(action.Data, fallback.Data);
        Assert.True(JsonNode.DeepEquals(action.Data, fallback.Data));
    }

    [Fact]
    public void Execute_WithoutPayload_DataHoldsOnlyTheVerb()
    {
        var json = ActionJson(CardActions.Execute("Hulp", "help", associatedInputs: AssociatedInputs.None));

        Assert.Equal("""{"verb":"help"}""", json["data"]!.ToJsonString());
        Assert.Equal("none", (string?)json["fallback"]!["associatedInputs"]);
    }

    [Fact]
    public void Execute_PayloadWithOwnVerb_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => CardActions.Execute("x", "a", new { Verb = "b" }));

        Assert.Contains("verb", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_PayloadThatIsNotAnObject_Throws()
    {
        Assert.Throws<ArgumentException>(() => CardActions.Execute("x", "a", new[] { 1, 2 }));
    }

    [Theory]
    [InlineData("", "verb")]
    [InlineData("title", " ")]
    public void Execute_BlankTitleOrVerb_Throws(string title, string verb)
    {
        Assert.ThrowsAny<ArgumentException>(() => CardActions.Execute(title, verb));
    }

    [Fact]
    public void ImBack_WritesTeamsImBackData()
    {
        var json = ActionJson(CardActions.ImBack("Toon hulp", "hulp"));
        Assert.Equal("Action.Submit", (string?)json["type"]);

        Assert.Equal("""{"msteams":{"type":"imBack","value":"hulp"}}""", json["data"]!.ToJsonString());
    }

    [Fact]
    public void Refresh_SixtyUserIds_IsAccepted()
    {
        var ids = Enumerable.Range(0, CardRefresh.MaxUserIds).Select(i => $"29:user{i}").ToList();

        var refresh = new CardRefresh { Action = CardActions.Execute("Vernieuwen", "refresh"), UserIds = ids };

        Assert.Equal(60, ToJson(refresh)["userIds"]!.AsArray().Count);
    }

    [Fact]
    public void Refresh_SixtyOneUserIds_Throws()
    {
        var ids = Enumerable.Range(0, CardRefresh.MaxUserIds + 1).Select(i => $"29:user{i}").ToList();

        var error = Assert.Throws<ArgumentException>(
            () => new CardRefresh { Action = CardActions.Execute("Vernieuwen", "refresh"), UserIds = ids });
        Assert.Contains("60", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refresh_EmptyUserIds_IsWrittenAsEmptyArrayNotOmitted()
    {
        var card = new AdaptiveCard { Refresh = new CardRefresh { Action = CardActions.Execute("Vernieuwen", "refresh"), UserIds = [] } };

        var refresh = CardJsonOf(card)["refresh"]!;
        Assert.Empty(refresh["userIds"]!.AsArray());
        Assert.Equal("Action.Execute", (string?)refresh["action"]!["type"]);
    }

    [Fact]
    public void Attachment_Create_HasAdaptiveCardContentTypeAndTheSerializedCard()
    {
        var card = new AdaptiveCard { Body = [new TextBlock { Text = "Welkom" }] };

        var attachment = CardAttachment.Create(card);

        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        var content = Assert.IsType<JsonElement>(attachment.Content);
        Assert.Equal(CardJson.Serialize(card), content.GetRawText());
        var activityJson = JsonSerializer.Serialize(new Activity { Type = "message", Attachments = [attachment] }, ProtocolJson.Options);
        Assert.Contains("\"content\":" + CardJson.Serialize(card), activityJson, StringComparison.Ordinal);
    }

    [Fact]
    public void Size_IsTwoBytesPerCharacterOfTheJson()
    {
        var card = new AdaptiveCard { Body = [new TextBlock { Text = "één" }] };

        Assert.Equal(CardJson.Serialize(card).Length * 2, CardSize.Utf16Bytes(card));
        Assert.Contains("één", CardJson.Serialize(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Size_CardBetween28And80KB_FitsMessageButNotMessagingExtension()
    {
        var card = new AdaptiveCard { Body = [new TextBlock { Text = new string('a', 15_000) }] };

        Assert.InRange(CardSize.Utf16Bytes(card), 30_000, 31_000);
        Assert.True(CardSize.FitsMessage(card));
        Assert.False(CardSize.FitsMessagingExtension(card));
    }

    [Fact]
    public void Size_CardOver80KB_DoesNotFitMessage()
    {
        var card = new AdaptiveCard { Body = [new TextBlock { Text = new string('a', 40_001) }] };

        Assert.False(CardSize.FitsMessage(card));
    }
}
