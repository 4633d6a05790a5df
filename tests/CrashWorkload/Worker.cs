using Reconsideration.Workflows;

namespace Reconsideration.CrashWorkload;

/// <summary>A clerk in a loop: starts a case now and then, otherwise completes one of the oldest open tasks of the role.</summary>
internal static class Worker
{
    private const int MaxOpenTasks = 24;

    public static async Task RunAsync(WorkflowEngine engine, int number, CancellationToken stop)
    {
        var actor = Actor.User($"worker-{number}", CrashProcess.Role);
        var random = new Random();
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var open = await engine.ClaimableTasksAsync(actor);
                if (open.Count == 0 || (open.Count < MaxOpenTasks && random.Next(3) == 0))
                {
                    var started = await engine.StartAsync(CrashProcess.ProcessId, new Dictionary<string, object?> { ["申请人"] = $"申请人{random.Next(1000)}" });
                    Report.Line($"started {started.Id}");
                    continue;
                }
                // Mostly the oldest tasks: the workers often reach for the same task or the two branches of one case.
                var task = open[random.Next(Math.Min(open.Count, 4))];
                var variables = new Dictionary<string, object?> { [$"{task.ElementId}By"] = actor.UserId };
                try
                {
                    await engine.CompleteAsync(task.Id, actor, variables);
                    Report.Line($"completed {task.Id} {task.InstanceId} {task.ElementId}");
                }
                catch (WorkflowException e) when (e.Kind == WorkflowErrorKind.Conflict)
                {
                    Report.Line($"conflict {task.Id}");
                }
            }
            catch (Exception e) when (!stop.IsCancellationRequested)
            {
                Report.Line($"error worker-{number} {e.GetType().Name} {Report.OneLine(e.Message)}");
            }
        }
    }
}
