using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Tsunagi.Certificates.Tests.Features.Issue;

/// <summary>Keeps every log message of the host, to prove personal data never reaches a log.</summary>
public sealed class CapturingLoggerProvider(ConcurrentQueue<string> messages) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, messages);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> messages) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            messages.Enqueue($"{category}: {formatter(state, exception)} {exception}");
    }
}
