using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Reconsideration.Host.Features.Api.Documents;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Services;
using Reconsideration.Host.Features.Cases.Workflow;
using Reconsideration.Workflows;
using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Host.Features.Api.Tasks;

/// <summary>
/// The few forms whose domain step has no service task after it in the shipped workflow: the service of the
/// correction notice and of the reply notice (they start the applicant's and the respondent's periods), the
/// respondent's reply and the hearing held; and two forms checked before their service task: the hearing's
/// arrangement (five working days' notice) and the decision draft (the fields its kind needs). Recorded before the
/// engine completes the task, so a refused step leaves the task open; every other step is recorded by the handlers
/// (docs/workflows.md, "Binding to the domain").
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
        else if (task.FormKey == "hearing-arrangement")
        {
            // Checked here, not in the notice's service task: a date too close for five working days' notice (Art. 51)
            // is refused with the task still open, instead of an incident after it.
            var on = Date(form, "hearingDate") ?? throw CaseException.Invalid("hearingDate", "请填写听证日期（hearingDate，如 2026-03-16）。");
            var place = Text(form, "hearingPlace") ?? throw CaseException.Invalid("hearingPlace", "请填写听证地点（hearingPlace）。");
            if (@case.Hearing is not { NoticeSentOn: null } arranged || arranged.On != on || arranged.Place != place)
                await review.ScheduleHearingAsync(caseId, on, place, @case.Revision, cancellationToken);
        }
        else if (task.FormKey == "hearing-record" && @case.Hearing is { HeldOn: null })
        {
            await review.RecordHearingHeldAsync(caseId, Date(form, "heldOn") ?? today, @case.Revision, cancellationToken);
        }
        else if (task.FormKey == "decision-draft" && Text(form, "decisionKind") is { } kind)
        {
            if (DecisionDraftForm.Missing(kind, form) is { } missing) throw CaseException.Invalid(missing.Variable, missing.Message);
            var stated = form.TryGetValue("documentData", out var data) && data.ValueKind == JsonValueKind.Object
                ? JsonNode.Parse(data.GetRawText())?["decision"]?["decision"] : null;
            if (CaseDocumentData.Contradiction(stated, kind, Text(form, "holding") ?? "") is { } contradiction)
                throw CaseException.Invalid("documentData", contradiction);
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
