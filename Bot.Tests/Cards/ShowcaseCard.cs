using IntervisieBot.Cards;

namespace IntervisieBot.Tests.Cards;

/// <summary>
/// A card using every element and action type of the model (invented content), so the official library
/// validates and renders the whole model, not just the cards that happen to be registered today.
/// </summary>
internal static class ShowcaseCard
{
    public static AdaptiveCard Create() => new()
    {
        Refresh = new CardRefresh { Action = CardActions.Execute("Vernieuwen", "showcase.refresh"), UserIds = ["29:1voorbeeld"] },
        MsTeams = TeamsCardProperties.Full with
        {
            Entities = [new CardMention("<at>Gespreksleider</at>", new CardMentioned("29:1voorbeeld", "Gespreksleider"))],
        },
        Lang = "nl",
        FallbackText = "Intervisie: stap 3",
        Body =
        [
            new TextBlock { Text = "Intervisie: stap 3 van 5", Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock { Text = "<at>Gespreksleider</at> leidt deze ronde.", IsSubtle = true, Wrap = true, Spacing = Spacing.Small },
            new RichTextBlock
            {
                Inlines =
                [
                    new TextRun { Text = "Probleemformulering: ", Weight = TextWeight.Bolder },
                    new TextRun { Text = "wat is de kern?", Italic = true, Color = TextColor.Accent },
                ],
            },
            new FactSet { Facts = [new CardFact("Methode", "Vijfstappenmethode"), new CardFact("Tijd", "10 minuten")] },
            new ColumnSet
            {
                Columns =
                [
                    new Column { Width = ColumnWidth.Auto, Items = [new TextBlock { Text = "1", Weight = TextWeight.Bolder }] },
                    new Column { Width = ColumnWidth.Stretch, Items = [new TextBlock { Text = "Vraag introduceren", Wrap = true }] },
                    new Column { Width = ColumnWidth.Pixels(60), Items = [new TextBlock { Text = "klaar", Color = TextColor.Good }] },
                ],
            },
            new ColumnSet
            {
                Columns =
                [
                    new Column { Width = ColumnWidth.Weight(2), Items = [new TextBlock { Text = "Verkennen, _open vragen_", Wrap = true }] },
                    new Column { Width = ColumnWidth.Weight(1), Items = [new TextBlock { Text = "10 min", IsSubtle = true }] },
                ],
            },
            new Container
            {
                Id = "details",
                IsVisible = false,
                Style = ContainerStyle.Emphasis,
                Items = [new TextBlock { Text = "Iedereen noemt in één zin wat volgens hem of haar de kern is.", Wrap = true }],
            },
            new InputText
            {
                Id = "kern",
                Label = "De kern volgens jou",
                Placeholder = "Bijvoorbeeld: hoe motiveer ik zonder te duwen?",
                IsMultiline = true,
                MaxLength = 500,
                IsRequired = true,
                ErrorMessage = "Vul de kern in.",
            },
            new InputChoiceSet
            {
                Id = "stap",
                Label = "Stap in methodisch werken",
                Style = ChoiceInputStyle.Compact,
                Value = "diagnose",
                Choices = [new Choice("Intake en diagnose", "diagnose"), new Choice("Trajectplan", "plan")],
            },
            new InputChoiceSet
            {
                Id = "thema",
                Label = "Thema's",
                Style = ChoiceInputStyle.Expanded,
                IsMultiSelect = true,
                Choices = [new Choice("Motivatie", "motivatie"), new Choice("Netwerk", "netwerk")],
            },
            new InputToggle { Id = "delen", Title = "Les delen met het team", Value = "true", Wrap = true },
            new InputDate { Id = "opvolging", Label = "Opvolgen op", Value = new DateOnly(2026, 12, 1), Min = new DateOnly(2026, 11, 22) },
            new ActionSet { Actions = [new ToggleVisibilityAction { Title = "Uitleg", TargetElements = [new TargetElement("details")] }] },
        ],
        Actions =
        [
            CardActions.Execute("Volgende stap", "intervisie.advance", new { sessionId = "sessie-voorbeeld" }),
            new SubmitAction { Title = "Opslaan", Data = new() { ["verb"] = "showcase.save" } },
            new ShowCardAction
            {
                Title = "Notitie",
                Card = new AdaptiveCard { Body = [new InputText { Id = "notitie", Label = "Notitie" }] },
            },
            new OpenUrlAction { Title = "Handreiking", Url = new Uri("https://example.org/handreiking"), Mode = ActionMode.Secondary },
        ],
    };
}
