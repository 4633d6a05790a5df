using Reconsideration.Workflows.Model;

namespace Reconsideration.Workflows.Parsing.Rules;

/// <summary><c>no-start-event</c>, <c>several-none-starts</c>, <c>sub-process-start</c>.</summary>
internal sealed class StartEventRule : IProcessRule
{
    public void Check(ProcessGraph graph, ParseContext context)
    {
        var starts = Starts(graph, graph.ProcessId);
        if (starts.Count == 0)
            context.Report(graph.Draft.Element, graph.ProcessId, "no-start-event",
                $"流程“{graph.ProcessId}”没有开始事件，请添加一个开始事件并从它连出第一步。");

        var noneStarts = starts.Where(s => ((Event)s.Node).Definition is null).ToList();
        foreach (var extra in noneStarts.Skip(1))
            context.Report(extra.Element, extra.Id, "several-none-starts",
                $"{extra.Describe}是流程“{graph.ProcessId}”的又一个空开始事件（已有{noneStarts[0].Describe}），一个流程只能有一个空开始事件。请删除多余的，或给它设置消息或定时器。");

        foreach (var subProcess in graph.Nodes.Values.Where(n => n.Node is SubProcess))
            CheckSubProcess(graph, context, subProcess);
    }

    private static void CheckSubProcess(ProcessGraph graph, ParseContext context, NodeDraft subProcess)
    {
        var starts = Starts(graph, subProcess.Id);
        foreach (var start in starts.Where(s => ((Event)s.Node).Definition is TimerDefinition or MessageDefinition))
            context.Report(start.Element, start.Id, "sub-process-start",
                $"{start.Describe}在{subProcess.Describe}中带有事件定义，子流程只能由一个空开始事件开始。请去掉它的消息或定时器定义。");

        var noneCount = starts.Count(s => ((Event)s.Node).Definition is null);
        if (noneCount == 0)
            context.Report(subProcess.Element, subProcess.Id, "sub-process-start",
                $"{subProcess.Describe}没有空开始事件，请在子流程里添加一个空开始事件并从它连出第一步。");
        else if (noneCount > 1)
            context.Report(subProcess.Element, subProcess.Id, "sub-process-start",
                $"{subProcess.Describe}有{noneCount}个空开始事件，子流程只能有一个，请删除多余的。");
    }

    private static List<NodeDraft> Starts(ProcessGraph graph, string scopeId) =>
        graph.InScope(scopeId).Where(n => n.Node is Event { Kind: EventKind.Start }).ToList();
}
