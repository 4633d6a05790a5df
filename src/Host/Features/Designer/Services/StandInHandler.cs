using System.Collections.Concurrent;
using Reconsideration.Workflows;

namespace Reconsideration.Host.Features.Designer.Services;

/// <summary>
/// Takes the place of a registered service-task handler in a test run: the real one writes to real cases (issues a
/// document, sets a case's status), so it never runs there. The stand-in records the call and completes the task
/// without setting any variable.
/// </summary>
internal sealed class StandInHandler(string name, ConcurrentQueue<StandInCall> calls) : IServiceTaskHandler
{
    public string Name => name;

    public void Execute(ServiceTaskContext context) =>
        calls.Enqueue(new StandInCall(context.ElementId, name, context.Parameters));
}
