using System.Globalization;
using IntervisieBot.Cards;
using IntervisieBot.Features.Intervisie.Methods;
using IntervisieBot.Features.Intervisie.Domain;

namespace IntervisieBot.Features.Intervisie.Cards;

/// <summary>
/// Posted when a round ends: casus title, what each collecting phase produced (anonymous phases without names), what the
/// inbrenger chose, and "Leg een les vast" (<c>lessons.new</c>, handled by the lessons feature) with the round as source.
/// </summary>
public static class SummaryCard
{
    public const string SourceKind = "intervisie";

    public static AdaptiveCard Create(CultureInfo culture, RoundSummary summary, RoundState state, MethodDefinition method)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(method);
        return CardTexts.FitToSize((items, chars) => Build(culture, summary, state, method, items, chars), RoundCard.MaxBytes);
    }

    private static AdaptiveCard Build(CultureInfo culture, RoundSummary summary, RoundState state, MethodDefinition method, int maxItems, int maxChars)
    {
        var title = RoundCardStrings.SummaryTitle(culture);
        List<CardElement> body =
        [
            new TextBlock { Text = title, Weight = TextWeight.Bolder, Size = TextSize.Large, Wrap = true },
            new FactSet
            {
                Facts =
                [
                    new CardFact(RoundCardStrings.CasusFact(culture), CardTexts.Shorten(summary.CasusTitle, RoundEngine.MaxCasusTitleLength)),
                    new CardFact(RoundCardStrings.StartMethod(culture), method.Name.For(culture)),
                    new CardFact(RoundCardStrings.RoleInbrenger(culture), CardTexts.Name(state, summary.InbrengerId, culture)),
                ],
            },
            new TextBlock
            {
                Text = summary.Outcome == CloseReason.Completed
                    ? RoundCardStrings.SummaryCompleted(culture, summary.PhaseCount)
                    : RoundCardStrings.SummaryClosedEarly(culture, summary.PhasesCompleted, summary.PhaseCount),
                Wrap = true,
                IsSubtle = true,
            },
        ];

        if (summary.ProblemStatement is { Length: > 0 } statement)
        {
            body.Add(new TextBlock { Text = RoundCardStrings.SummaryProblemStatement(culture), Weight = TextWeight.Bolder, Wrap = true, Separator = true });
            body.Add(new TextBlock { Text = CardTexts.Shorten(statement, Math.Max(maxChars, 200)), Wrap = true });
        }

        foreach (var phaseSummary in summary.Phases)
        {
            var phase = method.Phases[phaseSummary.PhaseIndex];
            body.Add(new TextBlock { Text = phase.Title.For(culture), Weight = TextWeight.Bolder, Wrap = true, Separator = true });
            if (phaseSummary.Items.Count == 0)
            {
                body.Add(new TextBlock { Text = RoundCardStrings.SummaryNothing(culture), Wrap = true, IsSubtle = true, Spacing = Spacing.Small });
                continue;
            }

            CardTexts.AddItems(body, state, phase, phaseSummary.Items, culture, maxItems, maxChars);
        }

        body.Add(new TextBlock { Text = RoundCardStrings.SummaryChoice(culture), Weight = TextWeight.Bolder, Wrap = true, Separator = true });
        body.Add(new TextBlock { Text = ChoiceText(culture, summary, method, maxChars), Wrap = true });
        body.Add(new TextBlock { Text = RoundCardStrings.SummaryLessonHint(culture), Wrap = true, IsSubtle = true, Separator = true });

        return new AdaptiveCard
        {
            Body = body,
            Actions =
            [
                CardActions.Execute(RoundCardStrings.SummaryLessonButton(culture), RoundVerbs.NewLesson,
                    new Dictionary<string, object> { ["sourceKind"] = SourceKind, ["sourceId"] = summary.SessionId }),
            ],
            FallbackText = title,
            Lang = culture.TwoLetterISOLanguageName,
            MsTeams = TeamsCardProperties.Full,
        };
    }

    private static string ChoiceText(CultureInfo culture, RoundSummary summary, MethodDefinition method, int maxChars)
    {
        if (summary.InbrengerChoice is not { } choice || (choice.Text is null && choice.ChoiceOptionId is null))
        {
            return RoundCardStrings.SummaryNoChoice(culture);
        }

        if (choice.ChoiceOptionId is { } optionId)
        {
            var phase = method.Phases[method.IndexOf(choice.PhaseId)];
            return phase.Collects.Options.FirstOrDefault(o => o.Id == optionId)?.Text.For(culture) ?? optionId;
        }

        return CardTexts.Shorten(choice.Text, Math.Max(maxChars * 2, 200));
    }
}
