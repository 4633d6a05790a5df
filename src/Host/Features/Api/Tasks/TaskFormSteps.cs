using System.Globalization;
using System.Text.Json;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Services;
using Reconsideration.Workflows;
using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Host.Features.Api.Tasks;

/// <summary>
/// The few forms whose domain step has no service task after it in the shipped workflow: the service of the
/// correction notice and of the reply notice (they start the applicant's and the respondent's periods) and the
/// respondent's reply. Recorded before the engine completes the task, so a refused step leaves the task open;
/// every other step is recorded by the handlers (docs/workflows.md, "Binding to the domain").
/// </summary>
internal sealed class TaskFormSteps(CaseQueryService cases, ClosingService closing, ReviewService review, ICaseActor actor, TimeProvider clock)
{
    public async Task RecordAsync(HumanTask task, Guid caseId, IReadOnlyDictionary<string, JsonElement> form, CancellationToken cancellationToken)
    {
        if (task.State != HumanTaskState.Open) return;
        var @case = await cases.GetAsync(caseId, cancellationToken);
        var today = LegalTime.Today(clock);
        if (task.FormKey == "service-record" && NoticeOf(task.ElementId) is { } notice)
        {
            var (recipient, role) = notice == CaseDocumentTypes.CorrectionNotice
                ? (@case.Application.Applicants[0].Name, RecipientRole.Applicant)
                : (@case.Application.Respondent.Name, RecipientRole.Respondent);
            if (@case.ServiceRecords.Any(r => r.DocumentTypeKey == notice && r.Recipient == recipient)) return;
            await closing.RecordServiceAsync(caseId, new ServiceCommand
            {
                DocumentTypeKey = notice, DocumentNumber = @case.Documents.FirstOrDefault(d => d.TypeKey == notice)?.Number,
                Recipient = recipient, RecipientRole = role, Method = Method(Text(form, "serviceMethod")),
                HandedOn = Date(form, "servedOn") ?? today, Server = Text(form, "server") ?? actor.Name, Witness = Text(form, "witness"),
                Consent = Text(form, "consent"), ReturnSlipDate = Date(form, "returnSlipDate"), TrackingNumber = Text(form, "trackingNumber"),
            }, @case.Revision, cancellationToken);
        }
        else if (task.FormKey == "reply-record" && task.ElementId.EndsWith("RecordReply", StringComparison.Ordinal)
            && form.TryGetValue("replyReceived", out var received) && received.ValueKind == JsonValueKind.True
            && @case.ReplyRequest is { RepliedOn: null })
        {
            await review.RecordReplyAsync(caseId, Date(form, "replyReceivedOn") ?? today, @case.Revision, cancellationToken);
        }
    }

    private static string? NoticeOf(string elementId) =>
        elementId == "RecordCorrectionService" ? CaseDocumentTypes.CorrectionNotice
        : elementId.EndsWith("RecordReplyNoticeService", StringComparison.Ordinal) ? CaseDocumentTypes.ReplyNotice
        : null;

    private static ServiceMethod Method(string? value) => value switch
    {
        "left" => ServiceMethod.LeftAtAddress,
        "electronic" => ServiceMethod.Electronic,
        "post" => ServiceMethod.Post,
        "public-notice" => ServiceMethod.PublicNotice,
        _ => ServiceMethod.Direct,
    };

    private static string? Text(IReadOnlyDictionary<string, JsonElement> form, string name) =>
        form.TryGetValue(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;

    private static DateOnly? Date(IReadOnlyDictionary<string, JsonElement> form, string name) =>
        Text(form, name) is { } s && DateOnly.TryParse(s, CultureInfo.InvariantCulture, out var d) ? d : null;
}
