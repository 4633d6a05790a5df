using Reconsideration.Designer;
using Reconsideration.Host.Features.Identity;
using Reconsideration.Workflows;

namespace Reconsideration.Host.Features.Designer.Services;

/// <summary>
/// The lists the properties panel offers: the casework roles (without the administrator), the forms of
/// docs/workflows.md, and every service-task handler the host registered, by its Chinese name where one is known.
/// </summary>
internal sealed class DesignerCatalogSource(IEnumerable<IServiceTaskHandler> handlers)
{
    /// <summary>Form keys (rc:formKey) the task pages know, with what people call them.</summary>
    public static readonly IReadOnlyList<CatalogItem> Forms =
    [
        new("intake", "收案登记"),
        new("acceptance-review", "受理审查"),
        new("service-record", "送达记录"),
        new("copy-to-respondent", "发送答复通知"),
        new("reply-record", "答复记录"),
        new("opinion-record", "听取意见记录"),
        new("hearing-arrangement", "听证安排"),
        new("hearing-record", "听证笔录"),
        new("committee-opinion", "咨询委员会意见"),
        new("review-conclusion", "审理结论"),
        new("mediation-record", "调解记录"),
        new("withdrawal-review", "撤回申请审查"),
        new("termination-review", "终止审查"),
        new("approval", "审批"),
        new("decision-draft", "决定书拟稿"),
        new("performance-check", "履行监督"),
    ];

    private static readonly Dictionary<string, string> HandlerNames = new(StringComparer.Ordinal)
    {
        ["documents.issue"] = "制作并签发文书",
        ["cases.setStatus"] = "更新案件状态",
        ["cases.accept"] = "记录受理",
        ["cases.forward"] = "记录转送",
        ["cases.extend"] = "记录延期审理",
        ["cases.recordNoReply"] = "记录未答复",
        ["committee.refer"] = "提请咨询委员会",
        ["deadlines.compute"] = "计算审理期限",
        ["service.record"] = "记录送达",
    };

    public DesignerCatalog Catalog() => new(
        [.. StaffRoles.Casework.Where(r => r != StaffRoles.Admin).Select(r => new CatalogItem(r, StaffRoles.ChineseName(r)))],
        Forms,
        [.. handlers.Select(h => h.Name).Distinct().Order(StringComparer.Ordinal)
            .Select(name => new CatalogItem(name, HandlerNames.GetValueOrDefault(name) ?? name))]);
}
