using System.Collections.Concurrent;

namespace Reconsideration.Workflows.Tests.Runtime;

/// <summary>
/// A handler that waits on async work of its own must not deadlock a caller that has a single-threaded
/// synchronization context (a Blazor circuit, a UI thread): the engine runs handlers without the caller's context.
/// </summary>
public sealed class HandlerContextTests
{
    private sealed class AwaitingHandler : IServiceTaskHandler
    {
        public string Name => "await";

        // As the host's handlers do: an async call waited for synchronously.
        public void Execute(ServiceTaskContext context) => StepAsync().GetAwaiter().GetResult();

        private static async Task StepAsync()
        {
            await Task.Delay(1);
            await Task.Yield();
        }
    }

    /// <summary>One thread that runs everything posted to it, in order, like a UI thread.</summary>
    private sealed class SingleThreadContext : SynchronizationContext
    {
        private readonly BlockingCollection<(SendOrPostCallback Callback, object? State)> _queue = [];

        public override void Post(SendOrPostCallback d, object? state) => _queue.Add((d, state));

        public static Task<T> Run<T>(Func<Task<T>> work)
        {
            var result = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
            var thread = new Thread(() =>
            {
                var context = new SingleThreadContext();
                SetSynchronizationContext(context);
                var task = work();
                task.ContinueWith(_ => context._queue.CompleteAdding(), TaskScheduler.Default);
                foreach (var (callback, state) in context._queue.GetConsumingEnumerable()) callback(state);
                if (task.IsCompletedSuccessfully) result.SetResult(task.Result);
                else result.SetException(task.Exception!.InnerExceptions);
            }) { IsBackground = true };
            thread.Start();
            return result.Task;
        }
    }

    [Fact]
    public async Task A_handler_waiting_on_async_work_completes_under_a_single_threaded_caller()
    {
        var fixture = new EngineFixture([new AwaitingHandler()]);
        await fixture.Engine.DeployAsync(EngineFixture.Bpmn("""
            <bpmn:startEvent id="s"/>
            <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="t"/>
            <bpmn:serviceTask id="t" rc:handler="await"/>
            <bpmn:sequenceFlow id="f2" sourceRef="t" targetRef="e"/>
            <bpmn:endEvent id="e"/>
            """), "tester");

        var run = SingleThreadContext.Run(() => fixture.Engine.StartAsync("p"));
        // Without the fix the thread waits for itself forever; a generous bound turns that into a failure, not a hang.
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(60)));

        Assert.Same(run, finished);
        Assert.Equal(InstanceState.Completed, (await run).State);
    }
}
