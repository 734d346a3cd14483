using IntervisieBot.Protocol.Schema;
using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Tests.Protocol.Auth;

/// <summary>A test route (an invoke, answered synchronously) that counts every time a handler actually runs.</summary>
public sealed class AuthProbeRoutes(AuthProbeRoutes.Counter counter) : IRouteContributor
{
    public const string InvokeName = "intervisiebot-test/authProbe";

    public void AddRoutes(RouteTableBuilder routes) =>
        routes.Invoke(InvokeName, (_, _) =>
        {
            counter.Increment();
            return Task.FromResult(new InvokeResponse(200, new { probed = true }));
        });

    public sealed class Counter
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Increment() => Interlocked.Increment(ref _count);
    }
}
