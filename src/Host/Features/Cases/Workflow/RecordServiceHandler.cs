using System.Globalization;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Services;
using Reconsideration.Workflows;

namespace Reconsideration.Host.Features.Cases.Workflow;

/// <summary>
/// service.record (mode): records the service of the case's closing document (the refusal, or the document of the
/// recorded decision) on the service instance's recipient, from the service-record form. mode=public-notice is
/// the same record by public notice: the domain counts the thirty days. A recipient already served is not recorded twice.
/// </summary>
internal sealed class RecordServiceHandler(WorkflowCaseSteps steps, ClosingService closing, ICaseActor actor) : IServiceTaskHandler
{
    public string Name => "service.record";

    public void Execute(ServiceTaskContext context)
    {
        var @case = steps.Case(context);
        var recipient = context.RequiredText("recipient", "受送达人，由送达流程的多实例给出");
        var type = @case.Decision is { } decision ? CaseDocumentTypes.For(decision.Type)
            : @case.Refusal is not null ? CaseDocumentTypes.RefusalDecision
            : throw new WorkflowBindingException($"案件{@case.Number}尚无待送达的决定文书；请先制发文书后重试。");
        if (@case.ServiceRecords.Any(r => r.DocumentTypeKey == type && r.Recipient == recipient)) return;
        var publicNotice = context.Parameter("mode") == "public-notice";
        CaseTaskContext.Wait(closing.RecordServiceAsync(@case.Id, new ServiceCommand
        {
            DocumentTypeKey = type, DocumentNumber = @case.Documents.FirstOrDefault(d => d.TypeKey == type)?.Number,
            Recipient = recipient, RecipientRole = RoleOf(@case, recipient),
            Method = publicNotice ? ServiceMethod.PublicNotice : MethodOf(context),
            HandedOn = context.Date("servedOn") ?? context.Today(), Server = context.Text("server") ?? actor.Name,
            Witness = context.Text("witness"), Consent = context.Text("consent"), ReturnSlipDate = context.Date("returnSlipDate"),
            TrackingNumber = context.Text("trackingNumber"), Proxy = context.Text("proxy"),
        }));
    }

    public static RecipientRole RoleOf(Case @case, string recipient) =>
        @case.Application.Applicants.Any(a => a.Name == recipient) ? RecipientRole.Applicant
        : @case.Application.Respondent.Name == recipient ? RecipientRole.Respondent
        : @case.Application.ThirdParties.Any(p => p.Name == recipient) ? RecipientRole.ThirdParty
        : RecipientRole.Other;

    public static ServiceMethod MethodOf(ServiceTaskContext context) => context.Text("serviceMethod") switch
    {
        "direct" or null => ServiceMethod.Direct,
        "left" => ServiceMethod.LeftAtAddress,
        "electronic" => ServiceMethod.Electronic,
        "post" => ServiceMethod.Post,
        "public-notice" => ServiceMethod.PublicNotice,
        var other => throw new WorkflowBindingException(string.Create(CultureInfo.InvariantCulture,
            $"未知的送达方式“{other}”；可用 direct、left、electronic、post、public-notice。")),
    };
}
