using Reconsideration.Workflows;

namespace Reconsideration.Host.Features.Designer.Services;

/// <summary>
/// Starts test runs of a diagram. Each run lives with the page that started it (the person's circuit) and is gone when
/// it closes; it shares nothing with the real engine but its holiday calendar and expression limits.
/// </summary>
internal sealed class TestRunner(WorkflowEngine engine, IEnumerable<IServiceTaskHandler> handlers, TimeProvider time)
{
    /// <summary>The handler names that get stand-ins: every one the host registered.</summary>
    public IReadOnlyList<string> HandlerNames { get; } = [.. handlers.Select(h => h.Name).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Starts a run whose clock begins now (to the minute).</summary>
    public Task<TestRun> StartAsync(string bpmn, string? processId, IReadOnlyDictionary<string, object?> variables)
    {
        var now = time.GetUtcNow();
        var start = new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerMinute, now.Offset).ToOffset(TimeSpan.FromHours(8));
        return TestRun.StartAsync(bpmn, processId, variables, start, engine, HandlerNames);
    }
}
