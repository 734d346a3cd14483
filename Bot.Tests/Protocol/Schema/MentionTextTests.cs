using IntervisieBot.Protocol.Schema;

namespace IntervisieBot.Tests.Protocol.Schema;

public sealed class MentionTextTests
{
    [Theory]
    [InlineData("<at>IntervisieBot</at> help", "help")]
    [InlineData("<at>IntervisieBot</at>   start   intervisie ", "start intervisie")]
    [InlineData("hulp <at>Intervisie Bot</at>", "hulp")]
    [InlineData("<AT id=\"0\">Bot</AT> lessen", "lessen")]
    [InlineData("casus: klant &amp; schulden", "casus: klant & schulden")]
    [InlineData("", "")]
    [InlineData(null, "")]
    [InlineData("geen vermelding", "geen vermelding")]
    public void Strip_RemovesMentionsAndNormalizesWhitespace(string? input, string expected) =>
        Assert.Equal(expected, MentionText.Strip(input));
}
