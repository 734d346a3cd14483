using Azure.Core;
using Azure.Core.Pipeline;
using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Storage;

/// <summary>
/// In the Azure SDK pipeline of every storage client (per retry, so each HTTP request counts once): adds one to the
/// current turn's <see cref="TurnStorageTally"/>. This is how the storage budget per turn is measured.
/// </summary>
public sealed class StorageRequestCountingPolicy : HttpPipelinePolicy
{
    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        TurnStorageTally.Current?.Add();
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        TurnStorageTally.Current?.Add();
        return ProcessNextAsync(message, pipeline);
    }
}
