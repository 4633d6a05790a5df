using System.Xml;
using System.Xml.Linq;
using Reconsideration.Host.Features.Cases.Services.Deadlines;
using Reconsideration.Host.Features.Designer.Diagrams;
using Reconsideration.Workflows;
using Reconsideration.Workflows.Model;

namespace Reconsideration.Host.Features.Designer.Services;

/// <summary>
/// The server's check of a diagram (校验, 发布): the engine's deploy validation, then what the engine leaves to the host —
/// a user task's named legal period (<c>rc:dueLegalPeriod</c>) must be one of <see cref="NamedLegalPeriods"/> and
/// <c>rc:dueDate</c> must be its value.
/// </summary>
internal sealed class DesignerValidation(WorkflowEngine engine)
{
    private static readonly XName UserTask = XName.Get("userTask", BpmnFile.BpmnNamespace);
    private static readonly XName LegalPeriod = XName.Get("dueLegalPeriod", BpmnNames.Rc);
    private static readonly XName DueDate = XName.Get("dueDate", BpmnNames.Rc);

    public IReadOnlyList<DefinitionProblem> Validate(string xml)
    {
        var problems = engine.Validate(xml);
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException)
        {
            return problems;   // the engine has said why
        }
        return [.. problems, .. document.Descendants(UserTask).Select(LegalPeriodProblem).OfType<DefinitionProblem>()];
    }

    private static DefinitionProblem? LegalPeriodProblem(XElement task)
    {
        if (task.Attribute(LegalPeriod)?.Value.Trim() is not { Length: > 0 } name) return null;
        var id = (string?)task.Attribute("id");
        var who = $"用户任务“{(string?)task.Attribute("name") ?? id}”";
        var line = ((IXmlLineInfo)task).HasLineInfo() ? ((IXmlLineInfo)task).LineNumber : (int?)null;
        var due = task.Attribute(DueDate)?.Value.Trim() ?? "";
        if (NamedLegalPeriods.All.FirstOrDefault(p => p.Name == name) is not { } period)
            return new DefinitionProblem(id, "unknown-legal-period",
                $"{who}的法定期限“{name}”不是本系统的法定期限名称。请在属性面板的“期限计算方式”中重新选择法定期限，或改按工作日、自然日填写。", line);
        return due == period.Value ? null : new DefinitionProblem(id, "legal-period-mismatch",
            $"{who}的办理期限“{due}”与所选法定期限“{name}”（{period.Article}，{period.LengthText}，即 {period.Value}）不符。请在属性面板中重新选择该法定期限。", line);
    }
}
