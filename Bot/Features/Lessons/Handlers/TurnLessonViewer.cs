using IntervisieBot.Features.Lessons.Domain;
using IntervisieBot.Features.Shared;
using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Features.Lessons.Handlers;

/// <summary>The <see cref="LessonViewer"/> of a turn: its tenant, the team of its conversation and its sender, nothing else.</summary>
public static class TurnLessonViewer
{
    public static LessonViewer From(TurnContext turn)
    {
        var actor = TurnActor.Of(turn);
        return new(actor.TenantId, actor.Team, actor.UserKey);
    }
}
