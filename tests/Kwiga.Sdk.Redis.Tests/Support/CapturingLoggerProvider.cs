using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Kwiga.Sdk.Redis.Tests.Support;

/// <summary>Keeps every formatted log line (level, category, message, exception) for inspection.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<(LogLevel Level, string Text)> Lines { get; } = new();

    public ILoggerFactory Factory() => LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Trace).AddProvider(this));

    public IReadOnlyList<string> At(LogLevel level) => Lines.Where(l => l.Level == level).Select(l => l.Text).ToList();

    public string All => string.Join("\n", Lines.Select(l => l.Text));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Lines.Enqueue((logLevel, $"{logLevel} {category}: {formatter(state, exception)} {exception}"));
    }
}
