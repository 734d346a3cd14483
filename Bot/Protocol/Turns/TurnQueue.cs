using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace IntervisieBot.Protocol.Turns;

/// <summary>Bounded hand-off from the HTTP endpoint (which acknowledges at once) to the background turn worker.</summary>
public sealed class TurnQueue(IOptions<TurnOptions> options)
{
    private readonly Channel<QueuedTurn> _channel = Channel.CreateBounded<QueuedTurn>(new BoundedChannelOptions(options.Value.QueueCapacity)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = false,
        SingleWriter = false,
    });

    /// <summary>False when the queue is full or closed (shutting down): the caller answers 503 so the channel retries.</summary>
    public bool TryEnqueue(QueuedTurn turn) => _channel.Writer.TryWrite(turn);

    public ChannelReader<QueuedTurn> Reader => _channel.Reader;

    public void Complete() => _channel.Writer.TryComplete();
}
