using System.Text;
using IntervisieBot.Privacy;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace IntervisieBot.Tests.Privacy;

/// <summary>
/// Random Unicode up to the size limit: the guard never throws, every finding lies inside the text, and no detector runs
/// out of its time budget (a timeout would fail closed: <see cref="GuardResult.ScanIncomplete"/>). Seeded, so a failure
/// repeats.
/// </summary>
public sealed class PersonalDataGuardFuzzTests
{
    private readonly PersonalDataGuard guard = new(NullLogger<PersonalDataGuard>.Instance);

    public static TheoryData<int, int> Cases => new()
    {
        { 1, 200 }, { 2, 2_000 }, { 3, 20_000 }, { 4, 100_000 }, { 5, PersonalDataGuard.MaxTextLength },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_RandomUnicode_NeverThrowsAndStaysWithinItsTimeBudget(int seed, int length)
    {
        var text = RandomText(new Random(seed), length);

        var result = guard.Check(text);

        Assert.False(result.ScanIncomplete, $"a detector hit its time limit on {length} random characters (seed {seed})");
        Assert.All(result.Findings, f => Assert.True(f.Start >= 0 && f.Length > 0 && f.End <= text.Length, f.ToString()));
        Assert.NotNull(PrivacyText.Mask(text, result, IntervisieBot.Localization.BotCulture.Dutch));
    }

    [Fact]
    public void Check_OneCharacterOverTheLimit_FailsClosed()
    {
        var result = guard.Check(RandomText(new Random(6), PersonalDataGuard.MaxTextLength + 1));

        Assert.True(result.ScanIncomplete);
        Assert.False(result.IsClean);
    }

    /// <summary>
    /// A mix that reaches every detector: any UTF-16 unit (lone surrogates and unassigned ones included), digits and
    /// separators, Dutch number words, capitalised names, '@', "punt", zero-width characters.
    /// </summary>
    private static string RandomText(Random random, int length)
    {
        string[] pieces = ["nul", "zes", "twaalf", "drieëntwintig", " punt ", " at ", "@", "Sanne", "J.", "de", "Vries", "nummer",
            "in de", "Kerkstraat", "1234 AB", "NL", "V-nummer", "kenteken", "geboren", "\u200b", "\u00a0", "\n", "-", ".", "/", " "];
        var text = new StringBuilder(length);
        while (text.Length < length)
        {
            switch (random.Next(4))
            {
                case 0: text.Append((char)random.Next(0, char.MaxValue + 1)); break;
                case 1: text.Append((char)('0' + random.Next(10))); break;
                case 2: text.Append(pieces[random.Next(pieces.Length)]); break;
                default: text.Append((char)random.Next(0x20, 0x250)); break;
            }
        }

        return text.ToString(0, length);
    }
}
