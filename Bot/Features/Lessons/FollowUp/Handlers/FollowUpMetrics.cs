using System.Diagnostics.Metrics;
using IntervisieBot.Features.Lessons.Domain;
using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Features.Lessons.FollowUp.Handlers;

/// <summary>Counters of the follow-up loop on the bot's meter: answers by outcome, checks without an answer, snoozes.</summary>
public sealed class FollowUpMetrics
{
    private readonly Counter<long> _answered;
    private readonly Counter<long> _noAnswer;
    private readonly Counter<long> _snoozed;

    public FollowUpMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(TurnTelemetry.Name);
        _answered = meter.CreateCounter<long>("intervisiebot.lessoncheck.answered", "{answer}", "Lesson checks answered, by outcome (keep/adjust/stop).");
        _noAnswer = meter.CreateCounter<long>("intervisiebot.lessoncheck.no_answer", "{check}", "Lesson checks closed without an answer.");
        _snoozed = meter.CreateCounter<long>("intervisiebot.lessoncheck.snoozed", "{check}", "Lesson checks postponed by a week.");
    }

    internal void Answered(string outcome) => _answered.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
    internal void NoAnswer() => _noAnswer.Add(1);
    internal void Snoozed() => _snoozed.Add(1);
}
