using System.Xml.Linq;
using Reconsideration.Workflows;

namespace Reconsideration.Host.Features.Designer.Services;

/// <summary>The test run's log in Chinese: each step the person took, then what the engine did, by element name.</summary>
internal sealed class TestRunLog
{
    private readonly Dictionary<string, string> _names;
    private readonly List<TestRunLogLine> _lines = [];
    private long _seen;

    public TestRunLog(string bpmn) => _names = Names(bpmn);

    public IReadOnlyList<TestRunLogLine> Lines => _lines;

    /// <summary>The element's name in the file, else its id.</summary>
    public string Name(string? elementId) => elementId is null ? "" : _names.GetValueOrDefault(elementId) ?? elementId;

    public void Step(DateTimeOffset at, string text) => _lines.Add(new TestRunLogLine(at, text, IsStep: true));

    /// <summary>Adds what the journal recorded since the last call, and the stand-ins' calls.</summary>
    public void Follow(IEnumerable<JournalEntry> journal, IEnumerable<StandInCall> calls)
    {
        foreach (var entry in journal.Where(e => e.Sequence > _seen))
        {
            _seen = Math.Max(_seen, entry.Sequence);
            if (Describe(entry) is { } text) _lines.Add(new TestRunLogLine(entry.At, text, IsStep: false));
        }
        foreach (var call in calls)
        {
            var parameters = call.Parameters.Count == 0 ? "" : "，参数 " + string.Join("、", call.Parameters.Select(p => $"{p.Key}={p.Value}"));
            _lines.Add(new TestRunLogLine(null, $"服务任务“{Name(call.ElementId)}”：处理程序 {call.Handler}{parameters}——试运行不执行真实处理程序，只作记录，任务视为完成", IsStep: false));
        }
    }

    private string? Describe(JournalEntry e) => e.Kind switch
    {
        JournalKind.InstanceStarted => "流程实例已启动",
        JournalKind.InstanceCompleted => "流程已结束",
        JournalKind.InstanceTerminated => "流程已终止",
        JournalKind.ElementCompleted => $"“{Name(e.ElementId)}”已完成",
        JournalKind.ElementCancelled => $"“{Name(e.ElementId)}”已取消",
        JournalKind.TaskCreated => $"生成待办任务“{Name(e.ElementId)}”",
        JournalKind.TaskCompleted => $"任务“{Name(e.ElementId)}”已办结",
        JournalKind.TimerFired => $"定时器“{Name(e.ElementId)}”到期",
        JournalKind.MessageCorrelated => $"“{Name(e.ElementId)}”收到消息",
        JournalKind.JobFailed => $"“{Name(e.ElementId)}”执行失败：{e.Detail}",
        JournalKind.IncidentRaised => $"“{Name(e.ElementId)}”发生流程故障，流程停在此处：{e.Detail}",
        _ => null,
    };

    private static Dictionary<string, string> Names(string bpmn)
    {
        try
        {
            return XDocument.Parse(bpmn).Descendants()
                .Where(x => x.Attribute("id") is not null && x.Attribute("name") is { Value.Length: > 0 })
                .GroupBy(x => x.Attribute("id")!.Value)
                .ToDictionary(g => g.Key, g => g.First().Attribute("name")!.Value);
        }
        catch (System.Xml.XmlException)
        {
            return [];
        }
    }
}
