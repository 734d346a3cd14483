namespace IntervisieBot.Tests.EndToEnd;

/// <summary>Browser tests run one at a time (2 cores: chromium plus the Playground are heavy).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EndToEndCollection
{
    public const string Name = "EndToEnd";
}
