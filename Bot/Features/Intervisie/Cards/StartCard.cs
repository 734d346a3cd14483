using System.Globalization;
using IntervisieBot.Cards;
using IntervisieBot.Features.Intervisie.Methods;

namespace IntervisieBot.Features.Intervisie.Cards;

/// <summary>
/// <c>start intervisie</c>: choose the method, the inbrenger and the gespreksleider (preselected from fair rotation) and live
/// or spread over days. Shared in the conversation; the start itself is checked on the server.
/// </summary>
public static class StartCard
{
    public const int MaxMembersListed = 100;

    /// <param name="members">Team members as (user key, display name), in roster order.</param>
    public static AdaptiveCard Create(
        CultureInfo culture,
        IReadOnlyList<MethodDefinition> methods,
        IReadOnlyList<(string Key, string Name)> members,
        string? suggestedInbrenger,
        string? suggestedGespreksleider)
    {
        ArgumentNullException.ThrowIfNull(methods);
        ArgumentNullException.ThrowIfNull(members);
        var title = RoundCardStrings.StartTitle(culture);
        var comparer = StringComparer.Create(culture, ignoreCase: true);
        var people = members.Take(MaxMembersListed)
            .Select(m => new Choice(string.IsNullOrWhiteSpace(m.Name) ? RoundCardStrings.UnknownPerson(culture) : m.Name, m.Key))
            .OrderBy(c => c.Title, comparer)
            .ToList();
        var required = RoundCardStrings.StartRequired(culture);
        List<CardElement> body =
        [
            new TextBlock { Text = title, Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true },
            new TextBlock { Text = RoundCardStrings.StartIntro(culture), Wrap = true },
        ];
        if (members.Count == 1)
        {
            body.Add(new TextBlock { Text = RoundCardStrings.StartSoloNote(culture), Wrap = true, IsSubtle = true });
        }

        body.AddRange(
        [
            new InputChoiceSet
            {
                Id = RoundVerbs.MethodInput,
                Label = RoundCardStrings.StartMethod(culture),
                Choices = [.. methods.Select(m => new Choice(m.Name.For(culture), m.Id))],
                Value = methods.FirstOrDefault(m => m.Id == "vijfstappenmethode")?.Id ?? methods.FirstOrDefault()?.Id,
                Style = ChoiceInputStyle.Expanded,
                IsRequired = true,
                ErrorMessage = required,
            },
            new InputChoiceSet
            {
                Id = RoundVerbs.InbrengerInput,
                Label = RoundCardStrings.StartInbrenger(culture),
                Choices = people,
                Value = suggestedInbrenger,
                Style = ChoiceInputStyle.Compact,
                IsRequired = true,
                ErrorMessage = required,
            },
            new InputChoiceSet
            {
                Id = RoundVerbs.GespreksleiderInput,
                Label = RoundCardStrings.StartGespreksleider(culture),
                Choices = people,
                Value = suggestedGespreksleider,
                Style = ChoiceInputStyle.Compact,
                IsRequired = true,
                ErrorMessage = required,
            },
            ModeInput(culture, required, [.. methods.Where(m => m.IsLiveOnly).Select(m => m.Name.For(culture))]),
            HoursInput(culture),
        ]);
        return new AdaptiveCard
        {
            Body = body,
            Actions = [CardActions.Execute(RoundCardStrings.StartButton(culture), RoundVerbs.Start)],
            FallbackText = title,
            Lang = culture.TwoLetterISOLanguageName,
            MsTeams = TeamsCardProperties.Full,
        };
    }

    /// <summary>
    /// The start card of a round that gathers participants: "Ik doe mee" / "Ik doe niet meer mee" until it begins. The
    /// card everyone sees counts who joined and names nobody; a member who joined gets the proposal for the roles (fair
    /// rotation among those who joined) and may change it, in a view only they see.
    /// </summary>
    public static AdaptiveCard Gathering(CultureInfo culture, RoundCardModel model, RoundViewer viewer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(viewer);
        var state = model.State;
        var title = RoundCardStrings.StartTitle(culture);
        var joined = state.Participants.Count;
        var isIn = !viewer.IsEveryone && state.IsParticipant(viewer.UserKey!);
        List<CardElement> body =
        [
            new TextBlock { Text = title, Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true },
            new TextBlock { Text = RoundCardStrings.GatherIntro(culture), Wrap = true },
            new TextBlock { Text = joined == 0 ? RoundCardStrings.JoinedNone(culture) : RoundCardStrings.JoinedCount(culture, joined), Weight = TextWeight.Bolder, Wrap = true },
        ];
        if (joined > RecommendedMax)
        {
            body.Add(new TextBlock { Text = RoundCardStrings.SplitAdvice(culture, joined), Wrap = true, Color = TextColor.Warning });
        }
        else if (joined is > 0 and < RecommendedMin)
        {
            body.Add(new TextBlock { Text = RoundCardStrings.SmallGroup(culture), Wrap = true, IsSubtle = true });
        }

        // The group agreement: asked in the group's first round and of anyone joining who has not confirmed it yet.
        var asksAgreement = !isIn && (state.AsksAgreement || viewer.AsksAgreement);
        if (asksAgreement)
        {
            body.Add(new TextBlock { Text = RoundCardStrings.AgreementTitle(culture), Weight = TextWeight.Bolder, Wrap = true, Separator = true });
            body.Add(new TextBlock { Text = RoundCardStrings.AgreementPoints(culture), Wrap = true });
            body.Add(new TextBlock { Text = RoundCardStrings.AgreementAsk(culture), Wrap = true, IsSubtle = true });
        }
        else
        {
            body.Add(new TextBlock { Text = RoundCardStrings.AgreementHolds(culture), Wrap = true, IsSubtle = true });
        }

        var required = RoundCardStrings.StartRequired(culture);
        if (isIn)
        {
            var people = state.Participants
                .Select(p => new Choice(string.IsNullOrWhiteSpace(p.DisplayName) ? RoundCardStrings.UnknownPerson(culture) : p.DisplayName, p.Id))
                .OrderBy(c => c.Title, StringComparer.Create(culture, ignoreCase: true))
                .ToList();
            body.Add(new TextBlock { Text = RoundCardStrings.ProposalNote(culture), Wrap = true, IsSubtle = true, Separator = true });
            body.Add(new InputChoiceSet { Id = RoundVerbs.InbrengerInput, Label = RoundCardStrings.StartInbrenger(culture), Choices = people, Value = state.InbrengerId, Style = ChoiceInputStyle.Compact });
            body.Add(new InputChoiceSet { Id = RoundVerbs.GespreksleiderInput, Label = RoundCardStrings.StartGespreksleider(culture), Choices = people, Value = state.GespreksleiderId, Style = ChoiceInputStyle.Compact });
            body.Add(new InputChoiceSet { Id = RoundVerbs.TijdbewakerInput, Label = RoundCardStrings.StartTijdbewaker(culture), Choices = RoundCard.TijdbewakerChoices(culture, state), Value = RoundVerbs.NoTijdbewaker, Style = ChoiceInputStyle.Compact });
        }

        var methods = model.Methods;
        body.Add(new InputChoiceSet
        {
            Id = RoundVerbs.MethodInput,
            Label = RoundCardStrings.StartMethod(culture),
            Choices = [.. methods.Select(m => new Choice(m.IsLiveOnly ? RoundCardStrings.LiveOnlyMethod(culture, m.Name.For(culture)) : m.Name.For(culture), m.Id))],
            Value = methods.FirstOrDefault(m => m.Id == state.MethodId)?.Id ?? methods.FirstOrDefault(m => m.Id == "vijfstappenmethode")?.Id ?? methods.FirstOrDefault()?.Id,
            Style = ChoiceInputStyle.Expanded,
            IsRequired = true,
            ErrorMessage = required,
            Separator = true,
        });
        body.Add(ModeInput(culture, required, methods.Where(m => m.IsLiveOnly).Select(m => m.Name.For(culture)).ToList()));
        body.Add(HoursInput(culture));

        var ids = RoundCard.Ids(state);
        List<CardAction> actions = [MethodHelp(culture, ids)];
        if (viewer.IsEveryone || !isIn)
        {
            actions.Add(asksAgreement
                ? CardActions.Execute(RoundCardStrings.OptInAgree(culture), RoundVerbs.OptIn,
                    new Dictionary<string, object> { [RoundVerbs.RoundIdData] = state.SessionId, [RoundVerbs.AgreeData] = true }, AssociatedInputs.None)
                : CardActions.Execute(RoundCardStrings.OptIn(culture), RoundVerbs.OptIn, ids, AssociatedInputs.None));
        }
        if (viewer.IsEveryone || isIn)
        {
            actions.Add(CardActions.Execute(RoundCardStrings.StartButton(culture), RoundVerbs.Start, ids));
            actions.Add(CardActions.Execute(RoundCardStrings.OptOut(culture), RoundVerbs.OptOut, ids, AssociatedInputs.None) with { Mode = ActionMode.Secondary });
            actions.Add(CardActions.Execute(RoundCardStrings.Close(culture), RoundVerbs.Close, ids, AssociatedInputs.None) with { Mode = ActionMode.Secondary });
        }

        return RoundCard.Card(culture, model, body, actions, title);
    }

    /// <summary>"Welke methode past?": what kind of casus and how much time, answered with a suggested method and why.</summary>
    private static ShowCardAction MethodHelp(CultureInfo culture, object ids) => new()
    {
        Title = RoundCardStrings.MethodHelpButton(culture),
        Card = new AdaptiveCard
        {
            Body =
            [
                new InputChoiceSet
                {
                    Id = RoundVerbs.KindInput,
                    Label = RoundCardStrings.MethodHelpKind(culture),
                    Choices = [.. MethodAdvisor.Kinds.Select(k => new Choice(RoundCardStrings.Text.Get("Kind_" + k, culture), k))],
                    Style = ChoiceInputStyle.Expanded,
                    IsRequired = true,
                    ErrorMessage = RoundCardStrings.StartRequired(culture),
                },
                new InputChoiceSet
                {
                    Id = RoundVerbs.TimeInput,
                    Label = RoundCardStrings.MethodHelpTime(culture),
                    Choices = [.. MethodAdvisor.Times.Select(t => new Choice(RoundCardStrings.MinutesOption(culture, t), t.ToString(CultureInfo.InvariantCulture)))],
                    Value = "60",
                    Style = ChoiceInputStyle.Compact,
                },
            ],
            Actions = [CardActions.Execute(RoundCardStrings.MethodHelpSubmit(culture), RoundVerbs.SuggestMethod, ids)],
        },
    };

    /// <summary>The answer of "Welke methode past?": the method, its usual duration, why it suits, and what it is.</summary>
    public static string Suggestion(CultureInfo culture, MethodDefinition? method, string? kind, int minutes)
    {
        if (method is null || kind is null) return RoundCardStrings.MethodSuggestionNone(culture);
        var text = RoundCardStrings.MethodSuggestion(culture, method.Name.For(culture), method.TypicalDurationMinutes,
            RoundCardStrings.Text.Get("Why_" + kind, culture), method.Description.For(culture));
        return method.TypicalDurationMinutes > minutes ? text + " " + RoundCardStrings.MethodSuggestionLonger(culture, minutes) : text;
    }

    /// <summary>Intervisie works best with 4 to 8 people; above 8 the card offers to split into two groups.</summary>
    public const int RecommendedMin = 4;

    public const int RecommendedMax = 8;

    private static InputChoiceSet ModeInput(CultureInfo culture, string required, IReadOnlyList<string> liveOnlyMethods) => new()
    {
        Id = RoundVerbs.ModeInput,
        Label = liveOnlyMethods.Count == 0 ? RoundCardStrings.StartMode(culture) : RoundCardStrings.StartModeLiveOnly(culture, string.Join(", ", liveOnlyMethods)),
        Choices =
        [
            new Choice(RoundCardStrings.ModeLive(culture), RoundVerbs.ModeLive),
            new Choice(RoundCardStrings.ModeSpread(culture), RoundVerbs.ModeSpread),
        ],
        Value = RoundVerbs.ModeLive,
        Style = ChoiceInputStyle.Expanded,
        IsRequired = true,
        ErrorMessage = required,
    };

    private static InputChoiceSet HoursInput(CultureInfo culture) => new()
    {
        Id = RoundVerbs.HoursInput,
        Label = RoundCardStrings.StartHours(culture),
        Choices = [.. RoundVerbs.DeadlineHourOptions.Select(h => new Choice(HoursText(culture, h), h.ToString(CultureInfo.InvariantCulture)))],
        Value = "48",
        Style = ChoiceInputStyle.Compact,
    };

    private static string HoursText(CultureInfo culture, int hours) =>
        hours < 48 ? RoundCardStrings.HoursOption(culture, hours) : RoundCardStrings.DaysOption(culture, hours / 24);
}
