using IntervisieBot.Features.Handreikingen;
using IntervisieBot.Features.Handreikingen.Cards;
using IntervisieBot.Features.Handreikingen.Domain;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace IntervisieBot.Tests.Handreikingen;

public sealed class HandreikingenFeatureTests
{
    [Fact]
    public void AddHandreikingen_ResolvesOneRecommenderThatAnswers()
    {
        using var provider = Build([]);

        var first = provider.GetRequiredService<HandreikingRecommender>();
        var second = provider.GetRequiredService<HandreikingRecommender>();

        Assert.Same(first, second);
        Assert.Same(provider.GetRequiredService<HandreikingCatalogue>(), first.Index.Catalogue);
        Assert.NotEmpty(first.Recommend("Hij heeft schulden.", HandreikingenText.Dutch).Handreikingen);
    }

    [Fact]
    public void AddHandreikingen_Configuration_IsBound()
    {
        using var provider = Build(new() { ["Handreikingen:MaxResults"] = "1" });

        var recommender = provider.GetRequiredService<HandreikingRecommender>();

        Assert.Single(recommender.Recommend("Hij heeft schulden en drinkt.", HandreikingenText.Dutch).Handreikingen);
    }

    [Fact]
    public void AddHandreikingen_InvalidConfiguration_FailsValidation()
    {
        using var provider = Build(new() { ["Handreikingen:MaxResults"] = "0" });

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<HandreikingenOptions>>().Value);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddHandreikingen(configuration).BuildServiceProvider();
    }
}
