using Microsoft.Extensions.Logging;

namespace IntervisieBot.Tests.Infrastructure;

/// <summary>One log entry caught by <see cref="CapturingLoggerProvider"/>.</summary>
public sealed record CapturedLog(string Category, LogLevel Level, EventId EventId, string Message);
