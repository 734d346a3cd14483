using IntervisieBot.Features.Scheduling.Domain;

namespace IntervisieBot.Tests.Scheduling.Domain;

public sealed class SeriesPlanValidatorTests
{
    private static readonly DateOnly Today = new(2026, 3, 2); // a Monday
    private static readonly TimeOnly Earliest = new(8, 30);
    private static readonly TimeOnly Latest = new(17, 0);

    private static SeriesPlanInput Good() => new("2", "4", "14:00", "90", "vijfstappenmethode", "2026-03-12", "2026-12-31", "move");

    private static SeriesPlanValidation Validate(SeriesPlanInput input) =>
        SeriesPlanValidator.Validate(input, Today, Earliest, Latest, id => id is "vijfstappenmethode" or "incidentmethode");

    [Fact]
    public void Validate_GoodInput_GivesThePlan()
    {
        var result = Validate(Good());

        Assert.True(result.IsValid);
        Assert.Equal(new SeriesPlan(2, DayOfWeek.Thursday, new TimeOnly(14, 0), 90, "vijfstappenmethode", new DateOnly(2026, 3, 12), new DateOnly(2026, 12, 31), HolidayHandling.Move), result.Plan);
    }

    [Theory]
    [InlineData("cadence", "3", PlanField.Cadence, PlanError.CadenceInvalid)]
    [InlineData("cadence", null, PlanField.Cadence, PlanError.CadenceInvalid)]
    [InlineData("weekday", "6", PlanField.Weekday, PlanError.WeekdayInvalid)]
    [InlineData("weekday", "maandag", PlanField.Weekday, PlanError.WeekdayInvalid)]
    [InlineData("start", "14.00 uur", PlanField.StartTime, PlanError.StartTimeInvalid)]
    [InlineData("start", "25:00", PlanField.StartTime, PlanError.StartTimeInvalid)]
    [InlineData("start", "08:00", PlanField.StartTime, PlanError.StartTimeOutsideWindow)]
    [InlineData("start", "17:00", PlanField.StartTime, PlanError.StartTimeOutsideWindow)]
    [InlineData("duration", "lang", PlanField.Duration, PlanError.DurationInvalid)]
    [InlineData("duration", "600", PlanField.Duration, PlanError.DurationOutOfRange)]
    [InlineData("duration", "10", PlanField.Duration, PlanError.DurationOutOfRange)]
    [InlineData("method", "visgraatmethode", PlanField.Method, PlanError.MethodUnknown)]
    [InlineData("method", "", PlanField.Method, PlanError.MethodUnknown)]
    [InlineData("first", "12-03-2026", PlanField.FirstDate, PlanError.FirstDateInvalid)]
    [InlineData("first", "2026-02-26", PlanField.FirstDate, PlanError.FirstDateInPast)]
    [InlineData("first", "2027-06-03", PlanField.FirstDate, PlanError.FirstDateTooFar)]
    [InlineData("first", "2026-03-10", PlanField.FirstDate, PlanError.FirstDateWrongWeekday)]
    [InlineData("end", "31 december", PlanField.EndDate, PlanError.EndDateInvalid)]
    [InlineData("end", "2026-03-12", PlanField.EndDate, PlanError.EndDateBeforeFirst)]
    [InlineData("end", "2026-03-01", PlanField.EndDate, PlanError.EndDateBeforeFirst)]
    [InlineData("end", "2029-01-01", PlanField.EndDate, PlanError.EndDateTooFar)]
    [InlineData("holidays", "maybe", PlanField.Holidays, PlanError.HolidaysInvalid)]
    public void Validate_OneBadField_RefusesExactlyThatField(string field, string? value, string expectedField, PlanError expected)
    {
        var good = Good();
        var input = field switch
        {
            "cadence" => good with { Cadence = value },
            "weekday" => good with { Weekday = value },
            "start" => good with { StartTime = value },
            "duration" => good with { Duration = value },
            "method" => good with { MethodId = value },
            "first" => good with { FirstDate = value },
            "end" => good with { EndDate = value },
            _ => good with { Holidays = value },
        };

        var result = Validate(input);

        Assert.False(result.IsValid);
        Assert.Null(result.Plan);
        var error = Assert.Single(result.Errors);
        Assert.Equal(expectedField, error.Field);
        Assert.Equal(expected, error.Error);
    }

    [Fact]
    public void Validate_WeekdayMismatch_SuggestsTheNextDateOnTheChosenDay()
    {
        var result = Validate(Good() with { FirstDate = "2026-03-10" }); // a Tuesday; Thursday chosen

        Assert.Equal(new DateOnly(2026, 3, 12), Assert.Single(result.Errors).Suggestion);
    }

    [Fact]
    public void Validate_EverythingWrong_ReportsEveryFieldAtOnce()
    {
        var result = Validate(new SeriesPlanInput("5", "0", "nu", "x", "?", "gisteren", "morgen", null));

        Assert.Equal(
            [PlanField.Cadence, PlanField.Weekday, PlanField.StartTime, PlanField.Duration, PlanField.Method, PlanField.FirstDate, PlanField.EndDate, PlanField.Holidays],
            result.Errors.Select(e => e.Field));
    }

    [Fact]
    public void Validate_NoEndDateAndToday_IsAnOpenSeriesStartingToday()
    {
        var result = Validate(Good() with { Weekday = "1", FirstDate = "2026-03-02", EndDate = "", Holidays = "skip" });

        Assert.True(result.IsValid);
        Assert.Null(result.Plan!.EndDate);
        Assert.Equal(HolidayHandling.Skip, result.Plan.Holidays);
    }
}
