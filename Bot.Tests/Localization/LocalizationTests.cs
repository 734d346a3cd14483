using Xunit;
using System.Globalization;
using System.Reflection;
using System.Resources;
using IntervisieBot.Cards;
using IntervisieBot.Localization;
using IntervisieBot.Tests.Cards;
using IntervisieBot.Tests.Infrastructure;

namespace IntervisieBot.Tests.Localization;

public sealed class LocalizationTests
{
    [Theory]
    [InlineData(null, "nl-NL")]
    [InlineData("", "nl-NL")]
    [InlineData("nl-NL", "nl-NL")]
    [InlineData("nl-BE", "nl-NL")]
    [InlineData("de-DE", "nl-NL")]
    [InlineData("fr", "nl-NL")]
    [InlineData("eng", "nl-NL")]
    [InlineData("not a locale", "nl-NL")]
    [InlineData("en", "en-US")]
    [InlineData("en-US", "en-US")]
    [InlineData("en-GB", "en-US")]
    [InlineData("EN_us", "en-US")]
    [InlineData(" en-gb ", "en-US")]
    public void FromLocale_ActivityLocale_PicksDutchUnlessEnglish(string? locale, string expected)
    {
        Assert.Equal(expected, BotCulture.FromLocale(locale).Name);
    }

    [Fact]
    public void Get_KnownKey_ReturnsTheCultureText()
    {
        var dutch = CommonCardsStrings.Text.Get("ErrorTitle", BotCulture.Dutch);
        var english = CommonCardsStrings.Text.Get("ErrorTitle", BotCulture.English);

        Assert.False(string.IsNullOrWhiteSpace(dutch));
        Assert.NotEqual(dutch, english);
        Assert.Equal(english, CommonCardsStrings.Text.Get("ErrorTitle", CultureInfo.GetCultureInfo("en-GB")));
        Assert.Equal(dutch, CommonCardsStrings.Text.Get("ErrorTitle", CultureInfo.GetCultureInfo("nl-BE")));
    }

    [Fact]
    public void Get_MissingKey_ThrowsNamingKeyAndResource()
    {
        var error = Assert.Throws<MissingLocalizedTextException>(() => CommonCardsStrings.Text.Get("NoSuchKey", BotCulture.English));

        Assert.Equal("NoSuchKey", error.Key);
        Assert.Contains("NoSuchKey", error.Message, StringComparison.Ordinal);
        Assert.Contains("IntervisieBot.Cards.CommonCardsStrings", error.Message, StringComparison.Ordinal);
        Assert.Contains("en-US", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_Placeholder_IsFilledWithCultureFormatting()
    {
        var text = CommonCardsStrings.ErrorReference(BotCulture.Dutch, "ref-123");

        Assert.Contains("ref-123", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{0}", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ResxPairs_InBot_HaveTheSameKeysNoEmptyValuesAndMatchingPlaceholders()
    {
        var botFolder = Path.Combine(RepoPaths.Root, "Bot");

        var problems = ResxPairChecker.Check(botFolder, out var pairs);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.True(pairs >= 1, "no resx pairs found under Bot/");
    }

    [Fact]
    public void ResxPairChecker_BrokenPairs_ReportsEveryProblem()
    {
        using var dir = new TempDirectory();
        WriteResx(Path.Combine(dir.Path, "AStrings.resx"), ("Title", "Titel"), ("Empty", " "), ("Greeting", "Hallo {0}"), ("OnlyDutch", "x"));
        WriteResx(Path.Combine(dir.Path, "AStrings.en.resx"), ("Title", "Title"), ("Empty", "Empty"), ("Greeting", "Hello {1}"), ("OnlyEnglish", "y"));
        WriteResx(Path.Combine(dir.Path, "BStrings.resx"), ("Title", "Titel"));
        WriteResx(Path.Combine(dir.Path, "CStrings.en.resx"), ("Title", "Title"));
        WriteResx(Path.Combine(dir.Path, "AStrings.de.resx"), ("Title", "Titel"));

        var problems = ResxPairChecker.Check(dir.Path, out _);

        Assert.Contains(problems, p => p.Contains("missing key 'OnlyDutch'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("missing key 'OnlyEnglish'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'Empty' is empty", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'Greeting' has placeholders [0]", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("no English BStrings.en.resx", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("CStrings.en.resx: has no Dutch", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("AStrings.de.resx: only .resx", StringComparison.Ordinal));
        Assert.Equal(7, problems.Count);
    }

    public static TheoryData<MethodInfo, CultureInfo> AccessorMethods()
    {
        var data = new TheoryData<MethodInfo, CultureInfo>();
        var accessors = typeof(LocalizedText).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: true, IsSealed: true }
                && t.GetProperties(BindingFlags.Public | BindingFlags.Static).Any(p => p.PropertyType == typeof(LocalizedText)));
        foreach (var method in accessors.SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static)))
        {
            if (method.ReturnType == typeof(string) && method.GetParameters() is [{ ParameterType: var first }, ..] && first == typeof(CultureInfo))
            {
                foreach (var culture in BotCulture.Supported)
                {
                    data.Add(method, culture);
                }
            }
        }

        return data;
    }

    /// <summary>Every typed accessor method of every *Strings class finds its key and fills its placeholders.</summary>
    [Theory]
    [MemberData(nameof(AccessorMethods))]
    public void Accessor_EveryMethodInEveryCulture_ReturnsText(MethodInfo method, CultureInfo culture)
    {
        var arguments = method.GetParameters().Select(p => p.ParameterType switch
        {
            var t when t == typeof(CultureInfo) => (object)culture,
            var t when t == typeof(string) => "arg",
            var t when t == typeof(int) => 7,
            var t => throw new NotSupportedException($"{method.DeclaringType}.{method.Name}: add a sample value for {t}."),
        }).ToArray();

        var text = (string?)method.Invoke(null, arguments);

        Assert.False(string.IsNullOrWhiteSpace(text));
        Assert.DoesNotMatch(@"\{\d+[^}]*\}", text);
    }

    [Fact]
    public void AccessorMethods_AreFound()
    {
        Assert.Contains(AccessorMethods(), row => ((MethodInfo)row[0]).Name == nameof(CommonCardsStrings.ErrorReference));
    }

    private static void WriteResx(string path, params (string Key, string Value)[] entries) =>
        new System.Xml.Linq.XDocument(new System.Xml.Linq.XElement("root",
            entries.Select(e => new System.Xml.Linq.XElement("data",
                new System.Xml.Linq.XAttribute("name", e.Key), new System.Xml.Linq.XElement("value", e.Value))))).Save(path);
}
