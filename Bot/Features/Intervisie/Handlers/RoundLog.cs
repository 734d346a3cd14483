namespace IntervisieBot.Features.Intervisie.Handlers;

/// <summary>Log messages of intervisie rounds: ids and kinds only, never casus or contribution text.</summary>
internal static partial class RoundLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Information, Message = "Intervisie round {RoundId} started ({MethodId}, {Mode}, {Participants} participants)")]
    public static partial void Started(ILogger logger, string roundId, string methodId, string mode, int participants);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Intervisie round {RoundId}: {Command} refused ({Reason})")]
    public static partial void Refused(ILogger logger, string roundId, string command, string reason);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Debug, Message = "Intervisie round {RoundId}: ETag conflict on attempt {Attempt}; reloading")]
    public static partial void Conflict(ILogger logger, string roundId, int attempt);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning, Message = "Intervisie round {RoundId}: gave up after {Attempts} conflicting attempts")]
    public static partial void GaveUp(ILogger logger, string roundId, int attempts);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Warning, Message = "Intervisie round {RoundId}: could not {Operation} ({Status}, {ErrorCode})")]
    public static partial void ConnectorFailed(ILogger logger, string roundId, string operation, int status, string? errorCode);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Information, Message = "Intervisie round {RoundId} closed ({Reason})")]
    public static partial void Closed(ILogger logger, string roundId, string reason);

    [LoggerMessage(EventId = 4106, Level = LogLevel.Information, Message = "Intervisie round {RoundId}: reminder sent to {Count} member(s) for phase {PhaseIndex}")]
    public static partial void Reminded(ILogger logger, string roundId, int count, int phaseIndex);

    [LoggerMessage(EventId = 4107, Level = LogLevel.Warning, Message = "Intervisie round {RoundId}: the round card could not be updated after the turn ({ExceptionType})")]
    public static partial void CardUpdateFailed(ILogger logger, string roundId, string exceptionType);

    [LoggerMessage(EventId = 4109, Level = LogLevel.Information, Message = "Intervisie: a text was stopped by the privacy guard ({Verb})")]
    public static partial void PrivacyStopped(ILogger logger, string verb);

    [LoggerMessage(EventId = 4110, Level = LogLevel.Warning, Message = "Intervisie: a casus listener failed ({ExceptionType}); the round is not affected")]
    public static partial void CasusListenerFailed(ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 4112, Level = LogLevel.Information, Message = "Intervisie round {RoundId} opened for taking part")]
    public static partial void Opened(ILogger logger, string roundId);
}
