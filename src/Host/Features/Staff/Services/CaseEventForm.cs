using Reconsideration.Host.Features.Api.Cases;
using Reconsideration.Host.Features.Cases.Domain;

namespace Reconsideration.Host.Features.Staff.Services;

/// <summary>
/// An event of a case outside its tasks (docs/workflows.md, "Messages") as the case workspace records it: which one,
/// and what it carries — the correction period's new last day and its reason, the suspension ground (Art. 39(1)
/// items (1)–(10)) and reason, the extension of the review period (1–30 days, Art. 62) and reason.
/// </summary>
public sealed class CaseEventForm
{
    public const string CorrectionReceived = CaseMessages.CorrectionReceived;
    public const string CorrectionExtended = CaseMessages.CorrectionExtended;
    public const string Suspend = "中止审理";
    public const string Resume = "恢复审理";
    public const string Terminate = "终止审理";
    public const string Withdraw = "申请撤回";
    public const string Extend = "申请延期审理";

    /// <summary>The grounds of Art. 39(1), by item number.</summary>
    public static readonly IReadOnlyList<string> SuspensionGrounds =
    [
        "作为申请人的公民死亡，其近亲属尚未确定是否参加行政复议",
        "作为申请人的公民丧失参加行政复议的行为能力，尚未确定法定代理人参加行政复议",
        "作为申请人的公民下落不明",
        "作为申请人的法人或者其他组织终止，尚未确定权利义务承受人",
        "申请人、被申请人因不可抗力或者其他正当理由，不能参加行政复议",
        "依照本法规定进行调解、和解，申请人和被申请人同意中止",
        "行政复议案件涉及的法律适用问题需要有权机关作出解释或者确认",
        "行政复议案件审理需要以其他案件的审理结果为依据，而其他案件尚未审结",
        "有本法第五十六条或者第五十七条规定的情形",
        "需要中止行政复议的其他情形",
    ];

    public string Name { get; set; } = "";

    /// <summary>申请延期审理: days (1–30).</summary>
    public int? Days { get; set; }

    /// <summary>补正期限延长: the new last day of the correction period.</summary>
    public DateTime? Until { get; set; }

    /// <summary>中止审理: the item of Art. 39(1), 1–10.</summary>
    public int? SuspensionGround { get; set; }

    /// <summary>补正期限延长, 中止审理 and 申请延期审理: the reason, in full.</summary>
    public string? Reason { get; set; }

    /// <summary>What the event does, for the confirmation line.</summary>
    public static string Explanation(string name) => name switch
    {
        CorrectionReceived => "申请人已提交补正材料：重新进行受理审查，重新计算五个工作日的审查期限。",
        CorrectionExtended => "申请人有正当理由不能按期补正的，延长补正期限（第三十一条第二款）：登记延长后的期限和理由，流程等待补正材料至该日。",
        Suspend => "提请中止审理（第三十九条）：经局长批准后制作中止审理通知书，中止期间审理期限不计算。",
        Resume => "中止的原因已消除，恢复审理（第四十条）：制作恢复审理通知书，审理期限继续计算。",
        Terminate => "中止期间出现终止事由（第四十一条）：转入终止审查。",
        Withdraw => "申请人申请撤回行政复议申请（第七十四条，含和解后撤回）：转入撤回审查。",
        Extend => "提请延长审理期限（第六十二条，仅限一次，最多三十日）：经局长批准后制作延期审理通知书。",
        _ => "",
    };

    public IReadOnlyList<ValidationProblem> Validate()
    {
        var problems = new List<ValidationProblem>();
        switch (Name)
        {
            case CorrectionExtended:
                if (Until is null) problems.Add(new("until", "请选择延长后的补正期限。"));
                if (string.IsNullOrWhiteSpace(Reason)) problems.Add(new("reason", "请写明申请人不能按期补正的正当理由。"));
                break;
            case Suspend:
                if (SuspensionGround is not (>= 1 and <= 10)) problems.Add(new("suspensionGround", "请选择中止事由（第三十九条第一款第一至十项）。"));
                if (string.IsNullOrWhiteSpace(Reason)) problems.Add(new("reason", "请写明中止的具体原因。"));
                break;
            case Extend:
                if (Days is not (>= 1 and <= 30)) problems.Add(new("days", "延长的期限须为1至30日（第六十二条第一款：延长期限最多不得超过三十日）。"));
                if (string.IsNullOrWhiteSpace(Reason)) problems.Add(new("reason", "请写明延期理由。"));
                break;
        }
        return problems;
    }

    /// <summary>The message's variables, as docs/workflows.md names them.</summary>
    public IReadOnlyDictionary<string, object?> Variables() => Name switch
    {
        Suspend => new Dictionary<string, object?> { ["suspensionGround"] = SuspensionGround, ["suspensionReason"] = Reason?.Trim() },
        Extend => new Dictionary<string, object?> { ["extensionDays"] = Days, ["extensionReason"] = Reason?.Trim() },
        _ => new Dictionary<string, object?>(),
    };
}
