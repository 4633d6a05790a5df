using Reconsideration.Designer;
using Reconsideration.DocumentGen.DocumentTypes;
using Reconsideration.Host.Features.Cases.Services.Deadlines;
using Reconsideration.Host.Features.Identity;
using Reconsideration.Host.Features.Staff.Forms;
using Reconsideration.Workflows;

namespace Reconsideration.Host.Features.Designer.Services;

/// <summary>
/// The lists the properties panel offers: the casework roles (without the administrator), the task forms the staff
/// app registered (<see cref="TaskForms"/>), every service-task handler the host registered, by its Chinese name
/// where one is known, the document types the documents handler makes, and the named legal periods
/// (<see cref="NamedLegalPeriods"/>).
/// </summary>
internal sealed class DesignerCatalogSource(IEnumerable<IServiceTaskHandler> handlers, DocumentTypeCatalog documents)
{
    /// <summary>The staff app's registered task forms (rc:formKey) with their Chinese titles.</summary>
    public static readonly IReadOnlyList<CatalogItem> Forms = [.. TaskForms.Registered.Select(f => new CatalogItem(f.Key, f.Title))];

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
            .Select(name => new CatalogItem(name, HandlerNames.GetValueOrDefault(name) ?? name))],
        [.. documents.All.Select(t => new CatalogItem(t.Key, t.ChineseName))],
        [.. NamedLegalPeriods.All.Select(p => new LegalPeriodItem(p.Name, p.Article, p.LengthText, p.Value))]);
}
