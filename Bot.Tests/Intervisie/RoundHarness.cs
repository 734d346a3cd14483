using IntervisieBot.Features.Intervisie.Domain;
using Microsoft.Extensions.Time.Testing;

namespace IntervisieBot.Tests.Intervisie;

/// <summary>Runs commands against the real engine with a fake clock, keeping the state like a store would.</summary>
internal sealed class RoundHarness
{
    public RoundHarness()
    {
        Time = new FakeTimeProvider(IntervisieTestData.Start);
        Engine = new RoundEngine(IntervisieTestData.Registry, Time);
    }

    public FakeTimeProvider Time { get; }

    public RoundEngine Engine { get; }

    public RoundState? State { get; private set; }

    public List<RoundEvent> History { get; } = [];

    public RoundState Current => State ?? throw new InvalidOperationException("No round yet.");

    public static RoundHarness Started(string methodId, RoundMode mode = RoundMode.Live, int? hours = null, bool withCasus = true)
    {
        var harness = new RoundHarness();
        harness.Accept(IntervisieTestData.StartCommand(methodId, mode, hours));
        if (withCasus)
        {
            harness.Accept(new SubmitCasus(IntervisieTestData.Session, IntervisieTestData.Inbrenger, "Klant komt afspraken niet na", null));
        }

        return harness;
    }

    public RoundResult Run(IntervisieCommand command)
    {
        var result = Engine.Decide(State, command);
        if (result is RoundAccepted accepted)
        {
            State = accepted.State;
            History.AddRange(accepted.Events);
        }

        return result;
    }

    public RoundAccepted Accept(IntervisieCommand command)
    {
        var result = Run(command);
        return Assert.IsType<RoundAccepted>(result);
    }

    public RefusalReason Refuse(IntervisieCommand command)
    {
        var before = State;
        var result = Run(command);
        var refused = Assert.IsType<RoundRefused>(result);
        Assert.Same(before, State);
        return refused.Reason;
    }

    public RoundAccepted Advance(string actor = IntervisieTestData.Gespreksleider) =>
        Accept(new AdvancePhase(IntervisieTestData.Session, actor, Current.PhaseIndex));

    /// <summary>Contributes a text one second after the previous action, as people do.</summary>
    public RoundAccepted Say(string actor, string text)
    {
        Time.Advance(TimeSpan.FromSeconds(1));
        return Accept(new Contribute(IntervisieTestData.Session, actor, Current.PhaseIndex, text, null));
    }

    public RoundAccepted Choose(string actor, string optionId)
    {
        Time.Advance(TimeSpan.FromSeconds(1));
        return Accept(new Contribute(IntervisieTestData.Session, actor, Current.PhaseIndex, null, optionId));
    }
}
