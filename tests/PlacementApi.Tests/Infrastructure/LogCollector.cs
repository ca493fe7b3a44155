using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace Placement.Api.Tests.Infrastructure;

/// <summary>A Serilog sink that keeps every event; registered as a service, the service's logger writes to it too.</summary>
public sealed class LogCollector : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> events = new();

    public IReadOnlyList<LogEvent> Events => [.. events];

    public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);

    /// <summary>The rendered messages of the events whose source is <paramref name="source"/>.</summary>
    public IReadOnlyList<string> Messages(string source) =>
        Events.Where(e => e.Properties.TryGetValue("SourceContext", out var s) && s is ScalarValue { Value: string name } && name == source)
            .Select(e => e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
}
