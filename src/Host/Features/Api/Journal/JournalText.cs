using Reconsideration.Workflows;

namespace Reconsideration.Host.Features.Api.Journal;

/// <summary>The engine's journal entries as sentences staff read; element-level steps only when asked for.</summary>
internal static class JournalText
{
    public static string? Of(JournalEntry entry, Func<string?, string> element, bool detailed) => entry.Kind switch
    {
        JournalKind.InstanceStarted => "流程启动",
        JournalKind.InstanceCompleted => "流程办结",
        JournalKind.InstanceTerminated => "流程终止" + Detail(entry),
        JournalKind.TaskCreated => $"生成任务“{element(entry.ElementId)}”",
        JournalKind.TaskClaimed => $"认领任务“{element(entry.ElementId)}”",
        JournalKind.TaskUnclaimed => $"放弃认领任务“{element(entry.ElementId)}”",
        JournalKind.TaskDelegated => $"委派任务“{element(entry.ElementId)}”" + Detail(entry),
        JournalKind.TaskResolved => $"交回任务“{element(entry.ElementId)}”",
        JournalKind.TaskCompleted => $"办结任务“{element(entry.ElementId)}”",
        JournalKind.TaskReturned => $"退回任务“{element(entry.ElementId)}”" + Detail(entry),
        JournalKind.TaskCancelled => $"任务“{element(entry.ElementId)}”撤销",
        JournalKind.MessageCorrelated => $"收到消息（{element(entry.ElementId)}）",
        JournalKind.TimerFired => $"定时到期（{element(entry.ElementId)}）",
        JournalKind.JobFailed => $"自动步骤“{element(entry.ElementId)}”执行失败，将重试" + Detail(entry),
        JournalKind.IncidentRaised => $"自动步骤“{element(entry.ElementId)}”出现故障，等待管理员处理" + Detail(entry),
        JournalKind.IncidentResolved => $"故障已处理（{element(entry.ElementId)}）",
        JournalKind.ElementEntered when detailed => $"进入“{element(entry.ElementId)}”",
        JournalKind.ElementCompleted when detailed => $"完成“{element(entry.ElementId)}”",
        JournalKind.ElementCancelled when detailed => $"取消“{element(entry.ElementId)}”",
        JournalKind.MultiInstanceCompleted when detailed => $"多实例“{element(entry.ElementId)}”全部完成",
        JournalKind.VariableSet when detailed => "设置流程变量" + Detail(entry),
        _ => null,
    };

    private static string Detail(JournalEntry entry) => string.IsNullOrWhiteSpace(entry.Detail) ? "" : $"：{entry.Detail}";
}
