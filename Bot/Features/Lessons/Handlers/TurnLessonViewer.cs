using IntervisieBot.Features.Lessons.Domain;
using IntervisieBot.Features.Shared;
using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Features.Lessons.Handlers;

/// <summary>The <see cref="LessonViewer"/> of a turn: its tenant, the team of its conversation and its sender, nothing else.</summary>
public static class TurnLessonViewer
{
    public static LessonViewer From(TurnContext turn) =>
        new(turn.TenantId ?? "", TeamScope.From(turn.Activity), TeamScope.UserKey(turn.Activity.From));
}
