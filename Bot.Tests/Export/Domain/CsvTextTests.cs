using IntervisieBot.Features.Export.Domain;

namespace IntervisieBot.Tests.Export.Domain;

public sealed class CsvTextTests
{
    [Theory]
    [InlineData("gewoon", "gewoon")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("zei \"ja\"", "\"zei \"\"ja\"\"\"")]
    [InlineData("twee\nregels", "\"twee\nregels\"")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+31", "'+31")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("=A1;B1", "\"'=A1;B1\"")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Cell_QuotesAndDefusesFormulas(string? value, string expected) => Assert.Equal(expected, CsvText.Cell(value));

    [Fact]
    public void Write_HasBomHeaderAndCrlfRows()
    {
        var bytes = CsvText.Write(["A", "B"], [["1", "x,y"], ["2", null]]);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("A,B\r\n1,\"x,y\"\r\n2,\r\n", System.Text.Encoding.UTF8.GetString(bytes[3..]));
    }
}
