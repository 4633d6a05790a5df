using Reconsideration.Workflows.Model;
using Reconsideration.Workflows.Runtime.State;

namespace Reconsideration.Workflows.Runtime.Behaviors;

/// <summary>
/// Runs the registered handler inside the command's transaction. Variables it sets are applied only when it
/// succeeds. A <see cref="BpmnError"/> is thrown to the nearest error boundary; any other failure is retried by a
/// job with back-off, and becomes an incident when the retries are used up. The handler runs without the caller's
/// synchronization context: a handler is synchronous and may wait on async work of its own, which must not need the
/// caller's thread to continue (a Blazor circuit's context would deadlock it).
/// </summary>
internal sealed class ServiceTaskBehavior : Behavior
{
    public override void Execute(Execution.Execution x, Token token, FlowNode node) => Run(x, token, (ServiceTask)node, x.Engine.Options.JobRetries);

    public static void Run(Execution.Execution x, Token token, ServiceTask task, int retriesLeft)
    {
        var instance = x.Instances[token.InstanceId];
        if (!x.Engine.Handlers.TryGetValue(task.Handler, out var handler))
        {
            x.RaiseIncident(token, $"服务任务“{task.Label}”的处理程序“{task.Handler}”未注册。请在系统中注册该处理程序，或在流程定义中改用已注册的处理程序，然后重试。");
            return;
        }
        var context = new ServiceTaskContext(instance.Id, instance.BusinessKey, task.Id, task.Name, task.Parameters, x.VariablesFor(token), x.Now);
        var callers = SynchronizationContext.Current;
        try
        {
            SynchronizationContext.SetSynchronizationContext(null);
            handler.Execute(context);
        }
        catch (BpmnError error)
        {
            x.ThrowError(token, error.ErrorCode, error.Message);
            return;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            x.HandlerFailed(token, task, e, retriesLeft);
            return;
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(callers);
        }
        x.SetVariables(token, instance.Id, context.Outputs);
        x.Leave(token);
    }
}
