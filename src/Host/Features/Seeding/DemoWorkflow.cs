using System.Globalization;
using System.Text.Json;
using Reconsideration.Host.Features.Api.Cases;
using Reconsideration.Host.Features.Api.Tasks;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Workflows;
using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Host.Features.Seeding;

/// <summary>
/// Drives a demo case through the shipped workflow as the demo users would, with the forms of docs/workflows.md and the
/// real clock: started as intake does, then the first <c>steps</c> tasks of the ordinary path completed as the task
/// endpoint completes them (the form's step recorded first). Everything happens today, so every period is kept.
/// </summary>
internal sealed class DemoWorkflow(WorkflowEngine engine, CaseWorkflows workflows, TaskFormSteps formSteps, TimeProvider clock, IConfiguration configuration)
{
    /// <summary>The ordinary path up to service: the task, who completes it, and the form.</summary>
    private static IReadOnlyList<(string Element, string User, Func<string, object> Form)> Path =>
    [
        ("ReviewApplication", "handler", _ => new { reviewResult = "accept", procedure = "ordinary" }),
        ("OrdinarySendCopy", "handler", today => new { copySentOn = today }),
        ("OrdinaryRecordReplyNoticeService", "clerk", today => new { serviceMethod = "direct", servedOn = today }),
        ("OrdinaryRecordReply", "handler", today => new { replyReceived = true, replyReceivedOn = today }),
        ("HearOpinions", "handler", _ => new { opinionsHeard = true, hearingNeeded = false, committeeNeeded = false }),
        ("OrdinaryConclude", "handler", _ => new { outcome = "decision" }),
        ("Draft", "handler", _ => DemoDecisionDraft.Form),
        ("ReviewDraft", "reviewer", _ => Approval),
        ("SignByBureauHead", "bureau-head", _ => Approval),
    ];

    private static readonly object Approval = new { approved = true, approvalComment = "同意" };

    /// <summary>The number of tasks of the path; a case driven that far waits for service on each party.</summary>
    public static int ToService => Path.Count;

    /// <summary>Starts the intake process for <paramref name="case"/> and completes <paramref name="steps"/> tasks; false when it is not deployed.</summary>
    public async Task<bool> RunAsync(Case @case, int steps, CancellationToken cancellationToken)
    {
        if (configuration["Api:IntakeProcess"] is not { Length: > 0 } processId || (await engine.DefinitionsAsync(processId)).Count == 0) return false;
        var instance = await workflows.StartAsync(@case, processId, null, Actor.System, cancellationToken);
        await workflows.CompleteIntakeAsync(@case, instance, Actor.System);
        var today = LegalTime.Today(clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var (element, user, form) in Path.Take(steps))
        {
            var task = (await engine.TreeTasksAsync(instance.RootId)).FirstOrDefault(t => t.ElementId == element)
                ?? throw new InvalidOperationException($"演示案件{@case.Number}的流程没有停在“{element}”，请检查流程定义是否为随附的版本。");
            var variables = JsonSerializer.SerializeToElement(form(today)).EnumerateObject().ToDictionary(p => p.Name, p => p.Value);
            await formSteps.RecordAsync(task, @case.Id, variables, cancellationToken);
            var demo = DemoUser.All.First(u => u.UserName == user);
            await engine.CompleteAsync(task.Id, new Actor(demo.UserName, [demo.Role]), variables.ToDictionary(kv => kv.Key, kv => (object?)kv.Value));
        }

        return true;
    }
}
