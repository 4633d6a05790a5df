using System.Collections.Immutable;
using System.Text.Json;
using Reconsideration.Workflows.Runtime.State;
using Reconsideration.Workflows.Storage;

namespace Reconsideration.Workflows.Tests.Persistence;

/// <summary>A hand-made instance tree with one record of every kind, every optional member filled, for store-level tests.</summary>
internal sealed class SampleTree
{
    public SampleTree(DateTimeOffset now)
    {
        var rootId = Guid.NewGuid();
        var childId = Guid.NewGuid();
        var scope = new Token(Guid.NewGuid(), rootId, null, "Sub", TokenState.Scope, TokenKind.MultiInstanceBody, null, 1)
        {
            Locals = Locals(("nrOfInstances", 3), ("当事人", new { 姓名 = "李四", 地址 = new[] { "北京市", "海淀区" } })),
        };
        var waiting = new Token(Guid.NewGuid(), rootId, scope.Id, "Handle", TokenState.Waiting, TokenKind.MultiInstanceInner, null, 2)
        {
            Locals = Locals(("loopCounter", 0), ("element", "第一被申请人")),
        };
        var joining = new Token(Guid.NewGuid(), rootId, null, "Join", TokenState.Joining, TokenKind.Normal, "F4", 3);
        var failed = new Token(Guid.NewGuid(), rootId, null, "Call", TokenState.Failed, Sequence: 4);
        Root = new InstanceRecord(rootId, rootId, null, null, "P:1", "P", "复议〔2026〕7号", InstanceState.Active,
            now, null, 1)
        {
            Variables = Locals(
                ("申请人", "王五"),
                ("金额", 1234.5m),
                ("件数", 9007199254740993L),
                ("紧急", true),
                ("备注", null),
                ("材料", new object[] { "申请书", new { 名称 = "身份证复印件", 页数 = 2, 标签 = new[] { "已核对", "\"引号\"与\\反斜杠" } } }),
                ("emoji", "𠮷野家 😀")),
            Tokens = [scope, waiting, joining, failed],
        };
        Child = new InstanceRecord(childId, rootId, rootId, joining.Id, "Q:2", "Q", null, InstanceState.Completed,
            now.AddMinutes(1), now.AddMinutes(2), 3);
        Task = new HumanTask
        {
            Id = Guid.NewGuid(), InstanceId = rootId, RootInstanceId = rootId, TokenId = waiting.Id, DefinitionId = "P:1",
            ProcessId = "P", BusinessKey = Root.BusinessKey, ElementId = "Handle", Name = "承办（第一被申请人）",
            State = HumanTaskState.Open, Assignee = "zhang", Owner = "wang", DelegationPending = true,
            CandidateRoles = ["承办人", "法制审核员"], CandidateUsers = ["zhang", "李明"], FormKey = "case/handle",
            Priority = 70, DueAt = now.AddDays(7).AddTicks(1), DueProvisional = true, CreatedAt = now, Revision = 1,
        };
        Job = new Job(Guid.NewGuid(), JobKind.Retry, rootId, rootId, failed.Id, "P:1", "Call", now.AddSeconds(10), 2, 1,
            "node-x", now.AddMinutes(5), "作业执行失败：连接被拒绝", false, 4);
        StartJob = new Job(Guid.NewGuid(), JobKind.Timer, null, null, null, "P:1", "TimerStart", now.AddDays(1), 0, 3,
            null, null, null, false, 1);
        Subscription = new MessageSubscription(Guid.NewGuid(), "补正材料已提交", "复议〔2026〕7号", rootId, rootId, waiting.Id,
            "P:1", "Corrected", now);
        Incident = new Incident(Guid.NewGuid(), rootId, rootId, failed.Id, Job.Id, "Call", "服务任务“送达”失败：超时。请排除原因后重试。",
            now, null, 2);
        Journal = new JournalEntry(0, rootId, rootId, now, "张三", JournalKind.VariableSet, "Handle", """金额 = {"值":1234.5,"币种":"人民币"}""");
    }

    public InstanceRecord Root { get; }
    public InstanceRecord Child { get; }
    public HumanTask Task { get; }
    public Job Job { get; }
    public Job StartJob { get; }
    public MessageSubscription Subscription { get; }
    public Incident Incident { get; }
    public JournalEntry Journal { get; }

    public TreeChanges AsChanges()
    {
        var changes = new TreeChanges();
        changes.Instances.Added.Add(Root);
        changes.Instances.Added.Add(Child);
        changes.Tasks.Added.Add(Task);
        changes.Jobs.Added.Add(Job);
        changes.Jobs.Added.Add(StartJob);
        changes.Subscriptions.Added.Add(Subscription);
        changes.Incidents.Added.Add(Incident);
        changes.Journal.Add(Journal);
        return changes;
    }

    public static ImmutableDictionary<string, JsonElement> Locals(params (string Name, object? Value)[] values) =>
        values.ToImmutableDictionary(v => v.Name, v => JsonSerializer.SerializeToElement(v.Value));
}
