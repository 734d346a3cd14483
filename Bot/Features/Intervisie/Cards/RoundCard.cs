using System.Globalization;
using IntervisieBot.Cards;
using IntervisieBot.Features.Intervisie.Methods;
using IntervisieBot.Features.Intervisie.Domain;

namespace IntervisieBot.Features.Intervisie.Cards;

/// <summary>
/// The one card of a round, updated in place after every change: waiting for the casus, the current phase, paused, or
/// closed. Every version stays under <see cref="MaxBytes"/> whatever the number of members and contributions: long lists
/// are shortened with a "+N meer" line.
/// </summary>
public static class RoundCard
{
    /// <summary>Our ceiling for every round card (the 28 KB Teams allows a messaging-extension card; far below a message's 100 KB).</summary>
    public const int MaxBytes = CardSize.MessagingExtensionLimitBytes;

    private const int CasusDescriptionChars = 600;

    public static AdaptiveCard Create(CultureInfo culture, RoundCardModel model, RoundViewer viewer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(viewer);
        return model.State.Status switch
        {
            RoundStatus.Gathering => StartCard.Gathering(culture, model, viewer),
            RoundStatus.AwaitingCasus => AwaitingCasus(culture, model, viewer),
            RoundStatus.Paused => Paused(culture, model, viewer),
            RoundStatus.Closed => Closed(culture, model),
            _ => CardTexts.FitToSize((items, chars) => Phase(culture, model, viewer, items, chars), MaxBytes),
        };
    }

    private static AdaptiveCard AwaitingCasus(CultureInfo culture, RoundCardModel model, RoundViewer viewer)
    {
        var state = model.State;
        var body = Header(culture, model);
        AddLookBack(body, model, culture);
        body.Add(new TextBlock { Text = RoundCardStrings.CasusHeading(culture), Weight = TextWeight.Bolder, Wrap = true, Separator = true });
        body.Add(new TextBlock { Text = RoundCardStrings.CasusWaiting(culture, CardTexts.Name(state, state.InbrengerId, culture)), Wrap = true });
        List<CardAction> actions = [];
        if (viewer.IsEveryone || viewer.UserKey == state.InbrengerId)
        {
            body.Add(new TextBlock { Text = RoundCardStrings.CasusPrivacy(culture), Wrap = true, IsSubtle = true, Size = TextSize.Small });
            body.Add(new InputText
            {
                Id = RoundVerbs.CasusTitleInput,
                Label = RoundCardStrings.CasusTitleLabel(culture),
                MaxLength = RoundEngine.MaxCasusTitleLength,
                IsRequired = true,
                ErrorMessage = RoundCardStrings.CasusTitleRequired(culture),
            });
            body.Add(new InputText
            {
                Id = RoundVerbs.CasusDescriptionInput,
                Label = RoundCardStrings.CasusDescriptionLabel(culture),
                MaxLength = RoundEngine.MaxCasusDescriptionLength,
                IsMultiline = true,
            });
            actions.Add(CardActions.Execute(RoundCardStrings.CasusSubmit(culture), RoundVerbs.Casus, Ids(state)));
        }

        AddProposals(body, culture, state, viewer);
        AddTijdbewakerChoice(body, culture, state, viewer);

        if (viewer.IsModerator)
        {
            actions.Add(CardActions.Execute(RoundCardStrings.Close(culture), RoundVerbs.Close, Ids(state), AssociatedInputs.None) with { Mode = ActionMode.Secondary });
        }

        AddWithdraw(actions, culture, state, viewer);
        return Card(culture, model, body, actions);
    }

    private static AdaptiveCard Phase(CultureInfo culture, RoundCardModel model, RoundViewer viewer, int maxItems, int maxChars)
    {
        var state = model.State;
        var view = RoundQueries.CurrentView(state, model.Method)
            ?? throw new InvalidOperationException("A running round has a current phase.");
        var phase = view.Phase;
        var body = Header(culture, model);
        if (state.Casus?.Description is { Length: > 0 } description)
        {
            body.Add(new TextBlock { Text = CardTexts.Shorten(description, Math.Min(CasusDescriptionChars, maxChars * 2 + 40)), Wrap = true, IsSubtle = true, MaxLines = 6 });
        }

        if (view.PhaseIndex == 0)
        {
            AddLookBack(body, model, culture);
        }
        else
        {
            AddEarlierPhases(body, culture, model, view.PhaseIndex, maxItems, maxChars);
        }

        body.Add(new TextBlock
        {
            Text = RoundCardStrings.PhaseProgress(culture, view.PhaseIndex + 1, model.Method.Phases.Count, phase.Title.For(culture)),
            Weight = TextWeight.Bolder,
            Size = TextSize.Medium,
            Color = TextColor.Accent,
            Wrap = true,
            Separator = true,
        });
        body.Add(new TextBlock { Text = phase.GroupInstruction.For(culture), Wrap = true });
        body.Add(new TextBlock { Text = TimeLine(culture, state, phase, model.Now), Wrap = true, IsSubtle = true, Spacing = Spacing.Small });
        if (viewer.IsModerator)
        {
            body.Add(new TextBlock { Text = RoundCardStrings.GespreksleiderTip(culture, phase.GespreksleiderInstruction.For(culture)), Wrap = true, IsSubtle = true, Size = TextSize.Small });
        }

        if (phase.Collects.CollectsAnything)
        {
            body.Add(new TextBlock { Text = WhoLine(culture, phase.Actor), Wrap = true, Size = TextSize.Small, Spacing = Spacing.Small });
            body.Add(new TextBlock { Text = ContributedLine(culture, state, view), Wrap = true, Size = TextSize.Small, Spacing = Spacing.Small });
        }

        if (view.RevealedPhase is { } revealed && view.Revealed.Count > 0)
        {
            body.Add(new TextBlock { Text = RoundCardStrings.RevealedHeading(culture, revealed.Title.For(culture)), Weight = TextWeight.Bolder, Wrap = true, Separator = true });
            CardTexts.AddItems(body, state, revealed, view.Revealed, culture, maxItems, maxChars);
        }

        if (view.Shown.Count > 0)
        {
            body.Add(new TextBlock { Text = RoundCardStrings.ContributionsHeading(culture), Weight = TextWeight.Bolder, Wrap = true, Separator = true });
            CardTexts.AddItems(body, state, phase, view.Shown, culture, maxItems, maxChars);
        }

        if (phase.ChoosesCasus)
        {
            AddProposals(body, culture, state, viewer);
        }

        var answers = AddAnswerInput(body, culture, model, view, viewer, maxChars);
        if (!answers || viewer.IsEveryone)
        {
            // The inbrenger answers the questions of this phase; asking them is for the others.
            AddContributionInput(body, culture, state, view, viewer);
        }

        if (viewer.IsEveryone || !RoundQueries.MayContribute(state, phase, viewer.UserKey!))
        {
            // Only where the gespreksleider has no text to write: that field is required and would stop this button.
            AddTijdbewakerChoice(body, culture, state, viewer);
        }

        List<CardAction> actions = [];
        if (viewer.IsModerator)
        {
            var last = view.PhaseIndex == model.Method.Phases.Count - 1;
            actions.Add(CardActions.Execute(last ? RoundCardStrings.Finish(culture) : RoundCardStrings.Advance(culture), RoundVerbs.Advance, PhaseIds(state), AssociatedInputs.None));
            actions.Add(CardActions.Execute(RoundCardStrings.Pause(culture), RoundVerbs.Pause, Ids(state), AssociatedInputs.None));
            actions.Add(CardActions.Execute(RoundCardStrings.Close(culture), RoundVerbs.Close, Ids(state), AssociatedInputs.None) with { Mode = ActionMode.Secondary });
        }

        AddWithdraw(actions, culture, state, viewer);
        return Card(culture, model, body, actions);
    }

    private static AdaptiveCard Paused(CultureInfo culture, RoundCardModel model, RoundViewer viewer)
    {
        var state = model.State;
        var body = Header(culture, model);
        body.Add(new TextBlock { Text = RoundCardStrings.PausedTitle(culture), Weight = TextWeight.Bolder, Size = TextSize.Medium, Color = TextColor.Warning, Wrap = true, Separator = true });
        if (state.Casus is not null && state.PhaseIndex < model.Method.Phases.Count)
        {
            body.Add(new TextBlock { Text = RoundCardStrings.PhaseProgress(culture, state.PhaseIndex + 1, model.Method.Phases.Count, model.Method.Phases[state.PhaseIndex].Title.For(culture)), Wrap = true });
        }

        body.Add(new TextBlock { Text = RoundCardStrings.PausedBody(culture), Wrap = true, IsSubtle = true });
        List<CardAction> actions = [];
        if (viewer.IsModerator)
        {
            actions.Add(CardActions.Execute(RoundCardStrings.Resume(culture), RoundVerbs.Resume, Ids(state), AssociatedInputs.None));
            actions.Add(CardActions.Execute(RoundCardStrings.Close(culture), RoundVerbs.Close, Ids(state), AssociatedInputs.None) with { Mode = ActionMode.Secondary });
        }

        AddWithdraw(actions, culture, state, viewer);
        return Card(culture, model, body, actions);
    }

    private static AdaptiveCard Closed(CultureInfo culture, RoundCardModel model)
    {
        var state = model.State;
        var title = state.CloseReason switch
        {
            CloseReason.Completed => RoundCardStrings.ClosedTitle(culture),
            CloseReason.Withdrawn => RoundCardStrings.WithdrawnTitle(culture),
            _ => RoundCardStrings.ClosedEarlyTitle(culture),
        };
        List<CardElement> body =
        [
            new TextBlock { Text = title, Weight = TextWeight.Bolder, Size = TextSize.Medium, Color = TextColor.Good, Wrap = true },
            new TextBlock { Text = RoundCardStrings.RoundTitle(culture, model.Method.Name.For(culture)), Wrap = true, IsSubtle = true },
        ];
        if (state.Casus is { } casus)
        {
            body.Add(new FactSet { Facts = [new CardFact(RoundCardStrings.CasusFact(culture), CardTexts.Shorten(casus.Title, RoundEngine.MaxCasusTitleLength))] });
            body.Add(new TextBlock { Text = RoundCardStrings.ClosedBody(culture), Wrap = true });
        }

        return new AdaptiveCard { Body = body, FallbackText = title, Lang = culture.TwoLetterISOLanguageName, MsTeams = TeamsCardProperties.Full };
    }

    private static List<CardElement> Header(CultureInfo culture, RoundCardModel model)
    {
        var state = model.State;
        List<CardFact> facts = [];
        if (state.Casus is { } casus)
        {
            facts.Add(new CardFact(RoundCardStrings.CasusFact(culture), CardTexts.Shorten(casus.Title, RoundEngine.MaxCasusTitleLength)));
        }

        facts.Add(new CardFact(RoundCardStrings.RoleInbrenger(culture), CardTexts.Name(state, state.InbrengerId, culture)));
        facts.Add(new CardFact(RoundCardStrings.RoleGespreksleider(culture), CardTexts.Name(state, state.GespreksleiderId, culture)));
        if (state.TijdbewakerId is { } tijdbewaker)
        {
            facts.Add(new CardFact(RoundCardStrings.RoleTijdbewaker(culture), CardTexts.Name(state, tijdbewaker, culture)));
        }

        facts.Add(new CardFact(RoundCardStrings.ModeFact(culture), state.Mode == RoundMode.Spread
            ? RoundCardStrings.ModeSpreadValue(culture, state.PhaseDeadlineHours ?? 0)
            : RoundCardStrings.ModeLiveValue(culture)));
        return
        [
            new TextBlock { Text = RoundCardStrings.RoundTitle(culture, model.Method.Name.For(culture)), Weight = TextWeight.Bolder, Size = TextSize.Large, Wrap = true },
            new FactSet { Facts = facts },
            new TextBlock { Text = RoundCardStrings.AgreementHolds(culture), Wrap = true, IsSubtle = true, Spacing = Spacing.Small },
        ];
    }

    private static void AddLookBack(List<CardElement> body, RoundCardModel model, CultureInfo culture)
    {
        if (model.LookBack.Count == 0) return;
        body.Add(new TextBlock { Text = RoundCardStrings.LookBackHeading(culture), Weight = TextWeight.Bolder, Wrap = true, Separator = true });
        foreach (var item in model.LookBack.Take(5))
        {
            body.Add(new TextBlock { Text = "• " + CardTexts.Shorten(item.Text, 200), Wrap = true, Spacing = Spacing.Small });
        }
    }

    private static void AddContributionInput(List<CardElement> body, CultureInfo culture, RoundState state, PhaseView view, RoundViewer viewer)
    {
        var phase = view.Phase;
        if (!phase.Collects.CollectsAnything) return;
        if (!viewer.IsEveryone)
        {
            if (!RoundQueries.MayContribute(state, phase, viewer.UserKey!)) return;
            var mine = state.ContributionsIn(view.PhaseIndex).Count(c => c.AuthorId == viewer.UserKey);
            if (phase.Collects.Kind == CollectKind.MemberTexts && phase.Collects.MaxPerMember > 1)
            {
                body.Add(new TextBlock { Text = RoundCardStrings.YourCount(culture, mine, phase.Collects.MaxPerMember), Wrap = true, IsSubtle = true, Size = TextSize.Small, Separator = true });
                if (mine >= phase.Collects.MaxPerMember) return;
            }
        }

        CardElement input = phase.Collects.Kind == CollectKind.Choice
            ? new InputChoiceSet
            {
                Id = RoundVerbs.ChoiceInput,
                Label = phase.InputLabel?.For(culture) ?? phase.Title.For(culture),
                Choices = [.. phase.Collects.Options.Select(o => new Choice(o.Text.For(culture), o.Id))],
                Style = ChoiceInputStyle.Expanded,
                IsRequired = true,
                ErrorMessage = RoundCardStrings.StartRequired(culture),
                Separator = true,
            }
            : new InputText
            {
                Id = RoundVerbs.ContributionInput,
                Label = phase.InputLabel?.For(culture) ?? phase.Title.For(culture),
                IsMultiline = true,
                MaxLength = RoundEngine.MaxContributionLength,
                IsRequired = true,
                ErrorMessage = RoundCardStrings.ContributionRequired(culture),
                Separator = true,
            };
        body.Add(input);
        var verbTitle = phase.Collects.Kind == CollectKind.Choice ? RoundCardStrings.Choose(culture) : RoundCardStrings.Send(culture);
        body.Add(new ActionSet { Actions = [CardActions.Execute(verbTitle, RoundVerbs.Contribute, PhaseIds(state))] });
    }

    /// <summary>Spread: when the phase closes. Live: its time box, and (when the card knows the time) how much is left or how far over it is.</summary>
    private static string TimeLine(CultureInfo culture, RoundState state, PhaseDefinition phase, DateTimeOffset? now)
    {
        if (state.Mode == RoundMode.Spread && state.Clock?.DeadlineAt is { } deadline) return RoundCardStrings.Deadline(culture, CardTexts.LocalDateTime(deadline));
        var timebox = RoundCardStrings.Timebox(culture, phase.TimeboxMinutes);
        if (now is not { } at || state.Clock is not { } clock || clock.PhaseIndex != state.PhaseIndex) return timebox;
        var left = (int)Math.Ceiling((clock.TimeboxEndsAt - at).TotalMinutes);
        return left > 0
            ? RoundCardStrings.TimeLeft(culture, phase.TimeboxMinutes, Math.Min(left, phase.TimeboxMinutes), CardTexts.LocalTime(clock.TimeboxEndsAt))
            : RoundCardStrings.TimeOver(culture, phase.TimeboxMinutes, Math.Max(1, -left));
    }

    private static string WhoLine(CultureInfo culture, PhaseActor actor) => actor switch
    {
        PhaseActor.Inbrenger => RoundCardStrings.WhoInbrenger(culture),
        PhaseActor.EachMember => RoundCardStrings.WhoEachMember(culture),
        PhaseActor.Gespreksleider => RoundCardStrings.WhoGespreksleider(culture),
        _ => RoundCardStrings.WhoGroup(culture),
    };

    /// <summary>"4 van 6 hebben bijgedragen": a count, never who has not (that is for the private nudge alone).</summary>
    private static string ContributedLine(CultureInfo culture, RoundState state, PhaseView view)
    {
        var of = view.ExpectedContributorIds.Count > 0 ? view.ExpectedContributorIds.Count : state.Participants.Count(p => RoundQueries.MayContribute(state, view.Phase, p.Id));
        return view.Phase.Visibility == ContributionVisibility.Anonymous
            ? RoundCardStrings.ContributedCountAnonymous(culture, view.ContributorCount, of)
            : RoundCardStrings.ContributedCount(culture, view.ContributorCount, of);
    }

    /// <summary>The private nudge of a spread phase: only the person it is for sees it.</summary>
    public static AdaptiveCard Nudge(CultureInfo culture, RoundState state, PhaseDefinition phase)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(phase);
        var body = state.Clock?.DeadlineAt is { } deadline
            ? RoundCardStrings.NudgeBody(culture, phase.Title.For(culture), CardTexts.LocalDateTime(deadline))
            : RoundCardStrings.NudgeBodyNoDeadline(culture, phase.Title.For(culture));
        return IntervisieBot.Cards.Common.NoticeCard.Create(culture, RoundCardStrings.NudgeTitle(culture), body);
    }

    /// <summary>
    /// Spread over days, in a phase that takes answers: the inbrenger picks one of the questions (numbered as on the card)
    /// and answers it; the answer then shows under the question.
    /// </summary>
    /// <returns>Whether this viewer may answer here (the inbrenger, spread over days, in a phase that takes answers).</returns>
    private static bool AddAnswerInput(List<CardElement> body, CultureInfo culture, RoundCardModel model, PhaseView view, RoundViewer viewer, int maxChars)
    {
        var state = model.State;
        var questionsPhase = model.Method.QuestionsPhaseOf(view.PhaseIndex);
        if (state.Mode != RoundMode.Spread || questionsPhase < 0 || !(viewer.IsEveryone || viewer.UserKey == state.InbrengerId)) return false;
        var questions = RoundQueries.ShownItems(state, model.Method.Phases[questionsPhase], questionsPhase).Where(q => q.AuthorId != state.InbrengerId).ToList();
        if (questions.Count == 0) return true;
        var choices = questions.Take(MaxAnswerChoices).Select((q, i) => new Choice(
            q.Answer is null
                ? RoundCardStrings.QuestionOption(culture, i + 1, CardTexts.Shorten(q.Text, Math.Min(80, Math.Max(maxChars, 40))))
                : RoundCardStrings.QuestionOptionAnswered(culture, i + 1, CardTexts.Shorten(q.Text, Math.Min(80, Math.Max(maxChars, 40)))),
            q.ContributionId)).ToList();
        body.Add(new TextBlock { Text = RoundCardStrings.AnswerHeading(culture), Weight = TextWeight.Bolder, Wrap = true, Separator = true });
        body.Add(new InputChoiceSet
        {
            Id = RoundVerbs.QuestionInput,
            Label = RoundCardStrings.AnswerQuestionLabel(culture),
            Choices = choices,
            Value = questions.FirstOrDefault(q => q.Answer is null)?.ContributionId ?? questions[0].ContributionId,
            Style = ChoiceInputStyle.Compact,
        });
        body.Add(new InputText { Id = RoundVerbs.AnswerInput, Label = RoundCardStrings.AnswerTextLabel(culture), IsMultiline = true, MaxLength = RoundEngine.MaxContributionLength });
        body.Add(new ActionSet { Actions = [CardActions.Execute(RoundCardStrings.AnswerSend(culture), RoundVerbs.Answer, PhaseIds(state))] });
        return true;
    }

    private const int MaxAnswerChoices = 40;

    /// <summary>
    /// Choosing the incident: the proposals so far (one line each, with the proposer's name), a field to propose one for
    /// everyone who joined except the inbrenger, and for the gespreksleider the choice that makes a proposal the casus.
    /// </summary>
    private static void AddProposals(List<CardElement> body, CultureInfo culture, RoundState state, RoundViewer viewer)
    {
        var proposals = state.Proposals.Where(p => state.IsParticipant(p.AuthorId) && p.AuthorId != state.InbrengerId).ToList();
        body.Add(new TextBlock { Text = RoundCardStrings.ProposalsHeading(culture), Weight = TextWeight.Bolder, Wrap = true, Separator = true });
        if (proposals.Count == 0)
        {
            body.Add(new TextBlock { Text = RoundCardStrings.ProposalsNone(culture), Wrap = true, IsSubtle = true, Spacing = Spacing.Small });
        }

        foreach (var proposal in proposals.Take(MaxProposalsShown))
        {
            body.Add(new TextBlock { Text = $"**{CardTexts.Name(state, proposal.AuthorId, culture)}**: {CardTexts.Shorten(proposal.Text, RoundEngine.MaxCasusTitleLength)}", Wrap = true, Spacing = Spacing.Small });
        }

        if (viewer.IsEveryone || (viewer.UserKey != state.InbrengerId && state.IsParticipant(viewer.UserKey!)))
        {
            // Not required: a required input would stop the other buttons on this card (every input goes with every button).
            body.Add(new InputText { Id = RoundVerbs.ProposalInput, Label = RoundCardStrings.ProposeLabel(culture), MaxLength = RoundEngine.MaxCasusTitleLength });
            body.Add(new ActionSet { Actions = [CardActions.Execute(RoundCardStrings.ProposeSend(culture), RoundVerbs.Propose, Ids(state))] });
        }

        var choosable = proposals.Where(p => p.AuthorId != state.GespreksleiderId).Take(MaxProposalsShown).ToList();
        if (viewer.IsModerator && choosable.Count > 0)
        {
            body.Add(new InputChoiceSet
            {
                Id = RoundVerbs.ProposerInput,
                Label = RoundCardStrings.ChooseProposalLabel(culture),
                Choices = [.. choosable.Select(p => new Choice($"{CardTexts.Name(state, p.AuthorId, culture)}: {CardTexts.Shorten(p.Text, 60)}", p.AuthorId))],
                Value = choosable[0].AuthorId,
                Style = ChoiceInputStyle.Compact,
            });
            body.Add(new ActionSet { Actions = [CardActions.Execute(RoundCardStrings.ChooseProposalButton(culture), RoundVerbs.ChooseCasus, Ids(state))] });
        }
    }

    private const int MaxProposalsShown = 12;

    /// <summary>Live, for the gespreksleider's own view: choose or change the tijdbewaker among those who joined.</summary>
    private static void AddTijdbewakerChoice(List<CardElement> body, CultureInfo culture, RoundState state, RoundViewer viewer)
    {
        if (state.Mode != RoundMode.Live || viewer.IsEveryone || !viewer.IsModerator) return;
        body.Add(new InputChoiceSet
        {
            Id = RoundVerbs.TijdbewakerInput,
            Label = RoundCardStrings.RoleTijdbewaker(culture),
            Choices = TijdbewakerChoices(culture, state),
            Value = state.TijdbewakerId ?? RoundVerbs.NoTijdbewaker,
            Style = ChoiceInputStyle.Compact,
            Separator = true,
        });
        body.Add(new ActionSet { Actions = [CardActions.Execute(RoundCardStrings.ChooseTijdbewakerButton(culture), RoundVerbs.Tijdbewaker, Ids(state))] });
    }

    /// <summary>"Niemand" and everyone who joined, by name: the tijdbewaker's choices (start card and phase card alike).</summary>
    internal static List<Choice> TijdbewakerChoices(CultureInfo culture, RoundState state) =>
    [
        new Choice(RoundCardStrings.TijdbewakerNone(culture), RoundVerbs.NoTijdbewaker),
        .. state.Participants
            .Select(p => new Choice(string.IsNullOrWhiteSpace(p.DisplayName) ? RoundCardStrings.UnknownPerson(culture) : p.DisplayName, p.Id))
            .OrderBy(c => c.Title, StringComparer.Create(culture, ignoreCase: true)),
    ];

    /// <summary>The tijdbewaker's private nudge when a live phase runs over its time box: only they see it.</summary>
    public static AdaptiveCard TimeboxNudge(CultureInfo culture, PhaseDefinition phase)
    {
        ArgumentNullException.ThrowIfNull(phase);
        return IntervisieBot.Cards.Common.NoticeCard.Create(culture, RoundCardStrings.TimeboxNudgeTitle(culture),
            RoundCardStrings.TimeboxNudgeBody(culture, phase.Title.For(culture), phase.TimeboxMinutes));
    }

    private static void AddWithdraw(List<CardAction> actions, CultureInfo culture, RoundState state, RoundViewer viewer)
    {
        if (viewer.IsEveryone || viewer.UserKey == state.InbrengerId)
        {
            actions.Add(CardActions.Execute(RoundCardStrings.Withdraw(culture), RoundVerbs.Withdraw, Ids(state), AssociatedInputs.None) with { Mode = ActionMode.Secondary });
        }
    }

    /// <summary>
    /// What this phase builds on: the inbrenger's question stays in view, and every earlier phase whose contributions may be
    /// seen (shown while it ran, or revealed since) sits collapsed under one "Toon eerdere fasen" toggle.
    /// </summary>
    private static void AddEarlierPhases(List<CardElement> body, CultureInfo culture, RoundCardModel model, int current, int maxItems, int maxChars)
    {
        var state = model.State;
        var method = model.Method;
        var question = Enumerable.Range(0, current)
            .Where(i => method.Phases[i].Collects.Kind == CollectKind.InbrengerText)
            .SelectMany(i => state.ContributionsIn(i))
            .FirstOrDefault(c => c.AuthorId == state.InbrengerId && !string.IsNullOrWhiteSpace(c.Text));
        if (question is not null)
        {
            body.Add(new TextBlock { Text = RoundCardStrings.CasusQuestion(culture, CardTexts.Shorten(question.Text, Math.Max(maxChars, 120))), Wrap = true, Weight = TextWeight.Bolder });
        }

        List<CardElement> earlier = [];
        for (var i = 0; i < current; i++)
        {
            var phase = method.Phases[i];
            if (!phase.Collects.CollectsAnything || !EarlierVisible(method, i, current) || method.Phases[current].RevealsPhaseId == phase.Id) continue;
            var items = RoundQueries.ShownItems(state, phase, i);
            if (items.Count == 0) continue;
            earlier.Add(new TextBlock { Text = RoundCardStrings.EarlierPhaseHeading(culture, i + 1, phase.Title.For(culture)), Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Medium });
            CardTexts.AddItems(earlier, state, phase, items, culture, maxItems, maxChars);
        }

        if (earlier.Count == 0) return;
        body.Add(new ActionSet
        {
            Actions = [new ToggleVisibilityAction { Title = RoundCardStrings.EarlierToggle(culture), TargetElements = [new TargetElement(EarlierId)] }],
            Spacing = Spacing.Small,
        });
        body.Add(new Container { Id = EarlierId, Items = earlier, IsVisible = false, Style = ContainerStyle.Emphasis });
    }

    /// <summary>An earlier phase's contributions may be shown when it showed them itself or a phase since has revealed them.</summary>
    private static bool EarlierVisible(MethodDefinition method, int index, int current) =>
        method.Phases[index].ShowContributions
        || Enumerable.Range(index + 1, current - index).Any(j => method.Phases[j].RevealsPhaseId == method.Phases[index].Id);

    private const string EarlierId = "earlier-phases";

    /// <summary>A round card with its body and buttons, refreshed for the participants (<paramref name="title"/>: the fallback text, else the round's title).</summary>
    internal static AdaptiveCard Card(CultureInfo culture, RoundCardModel model, List<CardElement> body, List<CardAction> actions, string? title = null)
    {
        title ??= RoundCardStrings.RoundTitle(culture, model.Method.Name.For(culture));
        return new AdaptiveCard
        {
            Body = body,
            Actions = actions.Count == 0 ? null : actions,
            FallbackText = title,
            Lang = culture.TwoLetterISOLanguageName,
            MsTeams = TeamsCardProperties.Full,
            Refresh = model.RefreshUserIds.Count == 0 ? null : new CardRefresh
            {
                Action = CardActions.Execute(RoundCardStrings.Refresh(culture), RoundVerbs.Refresh, Ids(model.State), AssociatedInputs.None),
                UserIds = [.. model.RefreshUserIds.Take(CardRefresh.MaxUserIds)],
            },
        };
    }

    internal static object Ids(RoundState state) => new Dictionary<string, object> { [RoundVerbs.RoundIdData] = state.SessionId };

    internal static object PhaseIds(RoundState state) =>
        new Dictionary<string, object> { [RoundVerbs.RoundIdData] = state.SessionId, [RoundVerbs.PhaseIndexData] = state.PhaseIndex };
}
