namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>
/// Spread over days, the inbrenger answers one question (<see cref="QuestionId"/>, a contribution id) in phase
/// <see cref="PhaseIndex"/>, a phase that takes answers; the answer is shown under the question. Answering again replaces it.
/// </summary>
public sealed record AnswerQuestion(string SessionId, string ActorId, int PhaseIndex, string QuestionId, string? Text) : IntervisieCommand(SessionId);
