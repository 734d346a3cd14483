using System.Globalization;
using IntervisieBot.Cards;
using IntervisieBot.Cards.Common;
using IntervisieBot.Features.Intervisie.Cards;
using IntervisieBot.Features.Intervisie.Methods;
using IntervisieBot.Features.Intervisie.Domain;
using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Features.Reminders.Handlers;
using IntervisieBot.Features.Reminders.Storage;
using IntervisieBot.Features.Scheduling.Domain;

namespace IntervisieBot.Features.Scheduling.Cards;

/// <summary>Every scheduling card with invented data (no real people): plan, errors, saved (each calendar outcome), stop, announcement, preparation, start, health.</summary>
public sealed class SchedulingCardSamples(IMethodRegistry methods) : ICardSampleSource
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    public IEnumerable<CardSample> GetSamples(CultureInfo culture)
    {
        var calendar = new WorkingDayCalendar();
        var plan = new SeriesPlan(2, DayOfWeek.Thursday, new TimeOnly(14, 0), 90, "vijfstappenmethode", new DateOnly(2026, 4, 2), new DateOnly(2026, 12, 31), HolidayHandling.Move);
        var weekly = new SeriesPlan(1, DayOfWeek.Monday, new TimeOnly(9, 30), 60, "incidentmethode", new DateOnly(2026, 4, 6), null, HolidayHandling.Skip);
        var method = methods.Find(plan.MethodId)?.Name.For(culture) ?? plan.MethodId;

        yield return new CardSample("scheduling.plan.new", PlanCard.Create(culture, methods.All, Today, null));
        yield return new CardSample("scheduling.plan.current", PlanCard.Create(culture, methods.All, Today, plan, version: "v1"));
        var bad = new SeriesPlanInput("3", "2", "19:00", "600", "onbekend", "2026-03-05", "2026-03-01", "later");
        var errors = SeriesPlanValidator.Validate(bad, Today, new TimeOnly(8, 30), new TimeOnly(17, 0), id => methods.Find(id) is not null).Errors;
        yield return new CardSample("scheduling.plan.errors", PlanCard.Create(culture, methods.All, Today, null, bad, errors));
        var past = new SeriesPlanInput("2", "4", "14:00", "90", plan.MethodId, "2026-02-26", "", "move");
        yield return new CardSample("scheduling.plan.errors.past", PlanCard.Create(culture, methods.All, Today, null, past,
            SeriesPlanValidator.Validate(past, Today, new TimeOnly(8, 30), new TimeOnly(17, 0), _ => true).Errors));
        var weekday = new SeriesPlanInput("2", "4", "14:00", "90", plan.MethodId, "2026-03-10", "", "move");
        yield return new CardSample("scheduling.plan.errors.weekday", PlanCard.Create(culture, methods.All, Today, null, weekday,
            SeriesPlanValidator.Validate(weekday, Today, new TimeOnly(8, 30), new TimeOnly(17, 0), _ => true).Errors));

        var upcoming = SeriesOccurrences.Between(plan, calendar, new DateOnly(2026, 4, 2), new DateOnly(2026, 7, 1));
        var skipping = SeriesOccurrences.Between(weekly, calendar, new DateOnly(2026, 4, 6), new DateOnly(2026, 6, 1));
        yield return new CardSample("scheduling.saved.announce-only", PlanSavedCard.Create(culture, plan, method, upcoming, false, SchedulingStrings.CalendarNotConfigured(culture), false, null));
        yield return new CardSample("scheduling.saved.calendar", PlanSavedCard.Create(culture, plan, method, upcoming, false, SchedulingStrings.CalendarCreated(culture), false,
            new Uri("https://teams.microsoft.com/l/meetup-join/voorbeeld")));
        yield return new CardSample("scheduling.saved.skip", PlanSavedCard.Create(culture, weekly, method, skipping, true, SchedulingStrings.CalendarUpdated(culture), false, null));
        yield return new CardSample("scheduling.saved.permission", PlanSavedCard.Create(culture, plan, method, upcoming, false,
            SchedulingStrings.CalendarPermissionMissing(culture, "Calendars.ReadWrite"), false, null));
        yield return new CardSample("scheduling.saved.throttled", PlanSavedCard.Create(culture, plan, method, upcoming, false, SchedulingStrings.CalendarThrottled(culture), true, null));
        yield return new CardSample("scheduling.saved.no-group", PlanSavedCard.Create(culture, plan, method, upcoming, false, SchedulingStrings.CalendarNoGroup(culture), false, null));
        yield return new CardSample("scheduling.stop.confirm", StopCards.Confirm(culture, true));
        yield return new CardSample("scheduling.stop.done", StopCards.Stopped(culture, SchedulingStrings.CalendarCancelled(culture)));
        yield return new CardSample("scheduling.refusal.teamleider", NoticeCard.Create(culture, SchedulingStrings.OnlyTeamleiderTitle(culture), SchedulingStrings.OnlyTeamleiderBody(culture), TextColor.Attention));
        yield return new CardSample("scheduling.refusal.personal", NoticeCard.Create(culture, SchedulingStrings.PersonalChatTitle(culture), SchedulingStrings.PersonalChatBody(culture)));
        yield return new CardSample("scheduling.stale", NoticeCard.Create(culture, SchedulingStrings.StaleTitle(culture), SchedulingStrings.StaleBody(culture), TextColor.Attention));
        yield return new CardSample("scheduling.no-series", NoticeCard.Create(culture, SchedulingStrings.NoSeriesTitle(culture), SchedulingStrings.NoSeriesBody(culture)));

        var kingsDay = SeriesOccurrences.Between(plan with { FirstDate = new DateOnly(2026, 4, 20), Weekday = DayOfWeek.Monday, IntervalWeeks = 1 },
            calendar, new DateOnly(2026, 4, 27), new DateOnly(2026, 4, 27)).First();
        var model = new SessionCardModel(plan, upcoming[0], method, "Deelnemer A", true, "Deelnemer B", false, 2);
        yield return new CardSample("scheduling.announce", AnnouncementCard.Create(culture, model));
        yield return new CardSample("scheduling.announce.moved", AnnouncementCard.Create(culture, model with { Occurrence = kingsDay, GespreksleiderName = null }, SchedulingStrings.NoticeAway(culture)));
        yield return new CardSample("scheduling.prepare.empty", PreparationCard.Create(culture, plan, upcoming[0].Date!.Value, []));
        yield return new CardSample("scheduling.prepare", PreparationCard.Create(culture, plan, upcoming[0].Date!.Value,
            ["Klant wil wel werken maar komt afspraken niet na", "Schulden en een nieuwe baan: wat eerst?", "Taalcursus of direct aan het werk?"], SchedulingStrings.NoticeProposed(culture)));
        // The round's own gathering card, as the rounds feature opens it for a session (planned method preselected).
        var gathering = RoundEvolver.Apply(null, new RoundOpened(DateTimeOffset.UnixEpoch, new string('a', 32), "sample", "member-1", MethodId: plan.MethodId));
        var roundCard = RoundCard.Create(culture, new RoundCardModel(gathering, methods.All[0], [], []) { Methods = methods.All }, RoundViewer.Everyone);
        yield return new CardSample("scheduling.start", SeriesStartCard.Create(culture, roundCard,
            SchedulingText.When(upcoming[0].Date!.Value, plan, culture), ["Klant wil wel werken maar komt afspraken niet na", "Schulden en een nieuwe baan: wat eerst?"]));
        yield return new CardSample("scheduling.health", HealthCard.Create(culture, plan, new SeriesHealth(6, 5, 6.4, 7)));
        yield return new CardSample("scheduling.health.empty", HealthCard.Create(culture, plan, new SeriesHealth(0, 0, null, 0)));

        var nextDates = upcoming.Where(o => o.Date is not null).Take(3).Select(o => o.Date!.Value).ToList();
        yield return new CardSample("scheduling.away.noted", AwayCards.Noted(culture, nextDates[1], rolesReproposed: false));
        yield return new CardSample("scheduling.away.noted.roles", AwayCards.Noted(culture, nextDates[0], rolesReproposed: true));
        yield return new CardSample("scheduling.away.already", AwayCards.Already(culture, nextDates[1]));
        yield return new CardSample("scheduling.away.back", AwayCards.Back(culture, nextDates[1]));
        yield return new CardSample("scheduling.away.not-away", AwayCards.NotAway(culture, nextDates[1]));
        yield return new CardSample("scheduling.away.back-usage", AwayCards.Usage(culture, unreadable: false, nextDates[0], nextDates, back: true));
        yield return new CardSample("scheduling.away.unreadable", AwayCards.Usage(culture, unreadable: true, nextDates[0], nextDates));
        yield return new CardSample("scheduling.away.past", AwayCards.Past(culture, nextDates));
        yield return new CardSample("scheduling.away.not-a-session", AwayCards.NotASession(culture, nextDates[0].AddDays(1), nextDates));
        yield return new CardSample("scheduling.away.personal", AwayCards.Simple(culture, SchedulingStrings.AwayPersonalChat(culture)));
    }
}
