using Xunit;

namespace IntervisieBot.Tests.Cards;

/// <summary>Tests that start node (and chromium) run one at a time: the machine has two cores.</summary>
[CollectionDefinition(Name)]
public sealed class NodeToolsCollection
{
    public const string Name = "node card tools";
}
