using System.Text.Json;
using Reconsideration.Workflows.Model;
using Reconsideration.Workflows.Runtime.State;

namespace Reconsideration.Workflows.Runtime.Behaviors;

/// <summary>Creates the human task (candidates, assignee, form, due date, priority) and waits for its completion.</summary>
internal sealed class UserTaskBehavior : Behavior
{
    public override void Execute(Execution.Execution x, Token token, FlowNode node)
    {
        var userTask = (UserTask)node;
        var instance = x.Instances[token.InstanceId];
        var variables = x.VariablesFor(token);
        var due = userTask.DueDate is null ? null : x.Engine.Timers.TaskDue(userTask.DueDate, x.Now, () => variables);
        var task = new HumanTask
        {
            Id = Guid.NewGuid(),
            InstanceId = instance.Id,
            RootInstanceId = instance.RootId,
            TokenId = token.Id,
            DefinitionId = instance.DefinitionId,
            ProcessId = instance.ProcessId,
            BusinessKey = instance.BusinessKey,
            ElementId = node.Id,
            Name = node.Name,
            Assignee = Text(x, userTask.Assignee, variables),
            CandidateRoles = userTask.CandidateRoles,
            CandidateUsers = userTask.CandidateUsers,
            FormKey = userTask.FormKey,
            Priority = Priority(x, userTask, variables),
            DueAt = due?.At,
            DueProvisional = due?.Provisional ?? false,
            CreatedAt = x.Now,
        };
        x.Tasks[task.Id] = task;
        x.Record(JournalKind.TaskCreated, instance.Id, node.Id, task.Assignee is null ? null : $"办理人：{task.Assignee}");
        x.Wait(token);
    }

    private static int Priority(Execution.Execution x, UserTask task, IReadOnlyDictionary<string, JsonElement> variables)
    {
        if (task.Priority is null) return 50;
        var text = Text(x, task.Priority, variables);
        return int.TryParse(text, out var priority)
            ? priority
            : throw new Execution.WorkflowStepException($"用户任务“{task.Label}”的优先级“{text}”不是整数。请修改流程定义或相关变量后重试。");
    }

    /// <summary>A literal, or the value of a ${…} expression as text.</summary>
    private static string? Text(Execution.Execution x, string? value, IReadOnlyDictionary<string, JsonElement> variables)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var trimmed = value.Trim();
        if (!trimmed.StartsWith("${", StringComparison.Ordinal) && !trimmed.StartsWith("#{", StringComparison.Ordinal)) return trimmed;
        return Execution.Execution.KeyText(x.Engine.Expressions.Evaluate(trimmed, variables));
    }
}
