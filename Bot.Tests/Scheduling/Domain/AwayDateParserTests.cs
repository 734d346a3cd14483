using IntervisieBot.Features.Scheduling.Domain;

namespace IntervisieBot.Tests.Scheduling.Domain;

/// <summary>The date of <c>afwezig &lt;datum&gt;</c>: Dutch day-first writing, ISO, month names in Dutch or English; a missing year means the next such date.</summary>
public sealed class AwayDateParserTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Theory]
    [InlineData("12-3-2026", "2026-03-12")]
    [InlineData("12-03-2026", "2026-03-12")]
    [InlineData("12/3/2026", "2026-03-12")]
    [InlineData("12.3.2026", "2026-03-12")]
    [InlineData("12-3-26", "2026-03-12")]
    [InlineData("2026-03-12", "2026-03-12")]
    [InlineData("12 maart 2026", "2026-03-12")]
    [InlineData("12 Maart", "2026-03-12")]
    [InlineData("12 mrt", "2026-03-12")]
    [InlineData("donderdag 12 maart", "2026-03-12")]
    [InlineData("do 12-3", "2026-03-12")]
    [InlineData("March 12", "2026-03-12")]
    [InlineData("Thursday, 12 March 2026", "2026-03-12")]
    [InlineData("12-3", "2026-03-12")]
    [InlineData("2-3", "2026-03-02")]
    [InlineData("1-3", "2027-03-01")] // yesterday without a year: next year's
    [InlineData("1 februari", "2027-02-01")]
    public void Parse_ReadableDate_TheDate(string text, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), AwayDateParser.Parse(text, Today));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("morgen")]
    [InlineData("31-2-2026")]
    [InlineData("12-13-2026")]
    [InlineData("12 maartje")]
    [InlineData("ik ben er 12 maart niet want vakantie")]
    [InlineData("12")]
    public void Parse_NoReadableDate_Null(string text)
    {
        Assert.Null(AwayDateParser.Parse(text, Today));
    }
}
