using System.Text.Json.Nodes;
using Reconsideration.Host.Features.Api.Documents;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Services;
using Reconsideration.Workflows;

namespace Reconsideration.Host.Features.Cases.Workflow;

/// <summary>
/// documents.issue (type): records the step the document documents, then issues it for the case as the API's issue
/// endpoint does — the case's data with the form's documentData[type] merged over it, the type's one number, coded,
/// signed, registered and stored. A step that already issued its document (a re-run) issues nothing more.
/// </summary>
internal sealed class IssueDocumentHandler(WorkflowCaseSteps steps, CaseDocumentIssuing documents, ICaseActor actor) : IServiceTaskHandler
{
    public string Name => "documents.issue";

    public void Execute(ServiceTaskContext context)
    {
        var type = context.Parameter("type");
        var caseId = context.CaseId();
        var step = $"{context.InstanceId:N}-{context.ElementId}";
        var @case = steps.Case(context);
        if (documents.Files.StepCode(caseId, step) is { } code && documents.Find(@case, code) is { } done)
        {
            Issued(context, type, done.VerificationCode, done.DocumentNumber);
            return;
        }

        steps.BeforeDocument(context, type);
        @case = steps.Case(context);
        var today = context.Today();
        var extra = Defaults(context, @case, type) ?? [];
        if (context.DocumentData(type) is { } own) CaseDocumentData.Merge(extra, own);
        // The draft form's fields for the decision's article win over its document data (docs/workflows.md "Forms").
        if (type == CaseDocumentTypes.Decision) CaseDocumentData.Merge(extra, new JsonObject { ["decision"] = DecisionDraftForm.DocumentFields(context.Variables) });
        var content = documents.Content(@case, type, today, extra);
        var record = CaseTaskContext.Wait(documents.IssueAsync(@case, type, today, content, CancellationToken.None));
        documents.Files.MarkStep(caseId, step, record.VerificationCode);
        Issued(context, type, record.VerificationCode, record.DocumentNumber);
    }

    /// <summary>What the case and the process know for types the case alone does not fill; the form's data wins.</summary>
    private JsonObject? Defaults(ServiceTaskContext context, Case @case, string type) => type switch
    {
        // The receipt lists what was received: the uploaded materials, else the application itself.
        "receipt-of-materials" => new JsonObject
        {
            ["materials"] = @case.Materials.Count > 0
                ? new JsonArray([.. @case.Materials.Select(m => (JsonNode)new JsonObject { ["name"] = m.Description is { Length: > 0 } d ? d : m.FileName, ["form"] = "电子件", ["copies"] = 1 })])
                : new JsonArray(new JsonObject { ["name"] = "行政复议申请书", ["form"] = "原件", ["copies"] = 1 }),
            ["receiver"] = new JsonObject { ["name"] = actor.Name },
        },
        "hearing-notice" => HearingNotice(context, @case),
        _ => null,
    };

    /// <summary>The hearing-arrangement form's time, place, issues and panel (docs/workflows.md "Forms").</summary>
    private static JsonObject HearingNotice(ServiceTaskContext context, Case @case)
    {
        var day = @case.Hearing?.On ?? context.Date("hearingDate");
        return new JsonObject
        {
            ["hearing"] = new JsonObject
            {
                ["time"] = day is { } d ? $"{d:yyyy-MM-dd}T{context.Text("hearingTime") ?? "09:00"}" : null,
                ["place"] = @case.Hearing?.Place ?? context.Text("hearingPlace"),
                ["issues"] = Array(context.Texts("hearingIssues")), ["presiding"] = context.Text("hearingPresiding"),
                ["officers"] = Array(context.Texts("hearingOfficers")), ["recorder"] = context.Text("hearingRecorder"),
            },
        };
    }

    private static JsonArray Array(IReadOnlyList<string> texts) => [.. texts.Select(t => (JsonNode)JsonValue.Create(t))];

    private static void Issued(ServiceTaskContext context, string type, string code, string? number)
    {
        // Variables per type, so a later step (service, the task list) can name the document.
        context.Set($"issued_{type.Replace('-', '_')}", new Dictionary<string, object?> { ["code"] = code, ["number"] = number });
    }
}
