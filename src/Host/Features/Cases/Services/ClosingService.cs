using Reconsideration.DocumentGen.DocumentTypes;
using Reconsideration.Host.Features.Cases.Domain;

namespace Reconsideration.Host.Features.Cases.Services;

/// <summary>
/// Ending the case: the decision, service of documents (the service date starts the lawsuit window), opinion letters
/// and closing. Each call is one transaction.
/// </summary>
public sealed class ClosingService
{
    private readonly CaseSteps _steps;
    private readonly DocumentTypeCatalog _types;

    internal ClosingService(CaseSteps steps, DocumentTypeCatalog types)
    {
        _steps = steps;
        _types = types;
    }

    /// <summary>Records the decision (type, holding, articles).</summary>
    public Task<Case> RecordDecisionAsync(Guid caseId, Decision decision, long? expectedRevision = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        _steps.NotFuture(decision.DecidedOn, "decidedOn", "决定日期");
        var name = _types.TryGet(CaseDocumentTypes.For(decision.Type), out var type) ? type.ChineseName : "决定";
        return _steps.ChangeAsync(caseId, expectedRevision, $"作出{name}", @case => @case.RecordDecision(decision), cancellationToken);
    }

    /// <summary>
    /// Records one service and derives the day it took effect from the method (民事诉讼法 Arts. 88–95): direct and left
    /// at the address — that day; electronic — the day it reached the recipient's system; post — the return slip's
    /// date; public notice — thirty days after publication.
    /// </summary>
    public Task<Case> RecordServiceAsync(Guid caseId, ServiceCommand command, long? expectedRevision = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var record = ToRecord(command);
        return _steps.ChangeAsync(caseId, expectedRevision, $"{record.DocumentName}送达{record.Recipient}（{MethodName(record.Method)}）",
            @case => @case.RecordService(record), cancellationToken);
    }

    /// <summary>Registers an opinion letter; its sixty days start when its service is recorded.</summary>
    public Task<Case> RecordOpinionLetterAsync(Guid caseId, string documentNumber, string addressee,
        long? expectedRevision = null, CancellationToken cancellationToken = default) =>
        _steps.ChangeAsync(caseId, expectedRevision, $"制发行政复议意见书{documentNumber}",
            @case => @case.RecordOpinionLetter(documentNumber.Trim(), addressee), cancellationToken);

    /// <summary>The addressee's report on the correction arrived.</summary>
    public Task<Case> RecordOpinionLetterReportAsync(Guid caseId, string documentNumber, DateOnly receivedOn,
        long? expectedRevision = null, CancellationToken cancellationToken = default)
    {
        _steps.NotFuture(receivedOn, "receivedOn", "收到报告日期");
        return _steps.ChangeAsync(caseId, expectedRevision, $"收到意见书{documentNumber}的整改情况报告",
            @case => @case.RecordOpinionLetterReport(documentNumber.Trim(), receivedOn), cancellationToken);
    }

    /// <summary>结案.</summary>
    public Task<Case> CloseAsync(Guid caseId, DateOnly on, long? expectedRevision = null, CancellationToken cancellationToken = default)
    {
        _steps.NotFuture(on, "closedOn", "结案日期");
        return _steps.ChangeAsync(caseId, expectedRevision, "结案", @case => @case.Close(on), cancellationToken);
    }

    private ServiceRecord ToRecord(ServiceCommand command)
    {
        var problems = new List<ValidationProblem>();
        void Add(string field, string message) => problems.Add(new ValidationProblem(field, message));
        if (!_types.TryGet(command.DocumentTypeKey ?? "", out var type))
            Add("documentTypeKey", $"未知的文书类型“{command.DocumentTypeKey}”。");
        if (string.IsNullOrWhiteSpace(command.Recipient)) Add("recipient", "请填写受送达人。");
        if (string.IsNullOrWhiteSpace(command.Server)) Add("server", "请填写送达人。");
        if (command.HandedOn > _steps.Today) Add("handedOn", $"送达日期{Case.ChineseDate(command.HandedOn)}晚于今天，请核对。");
        switch (command.Method)
        {
            case ServiceMethod.LeftAtAddress when string.IsNullOrWhiteSpace(command.Witness):
                Add("witness", "留置送达须有见证人在场，请填写见证人（《民事诉讼法》第八十九条）。");
                break;
            case ServiceMethod.Electronic when string.IsNullOrWhiteSpace(command.Consent):
                Add("consent", "电子送达须经受送达人同意，请注明同意电子送达的记录（如送达地址确认书）（《民事诉讼法》第九十条）。");
                break;
            case ServiceMethod.Post when command.ReturnSlipDate is null:
                Add("returnSlipDate", "邮寄送达以回执上注明的收件日期为送达日期，请填写回执日期（《民事诉讼法》第九十一条）。");
                break;
            case ServiceMethod.Post when command.ReturnSlipDate < command.HandedOn:
                Add("returnSlipDate", "回执日期早于寄出日期，请核对。");
                break;
            case ServiceMethod.Post when command.ReturnSlipDate > _steps.Today:
                Add("returnSlipDate", "回执日期晚于今天，请核对。");
                break;
        }

        if (!Enum.IsDefined(command.Method)) Add("method", "请选择送达方式。");
        CaseException.ThrowIfAny(problems);

        var (servedOn, explanation) = command.Method switch
        {
            ServiceMethod.Direct => (command.HandedOn, "直接送达，以受送达人或代收人签收之日为送达日期（《民事诉讼法》第八十八条）"),
            ServiceMethod.LeftAtAddress => (command.HandedOn, $"受送达人拒绝签收，经见证人{command.Witness}在场留置，留置之日视为送达（《民事诉讼法》第八十九条）"),
            ServiceMethod.Electronic => (command.HandedOn, "经受送达人同意电子送达，以到达其特定系统的日期为送达日期（《民事诉讼法》第九十条）"),
            ServiceMethod.Post => (command.ReturnSlipDate!.Value, "邮寄送达，以回执上注明的收件日期为送达日期（《民事诉讼法》第九十一条）"),
            _ => PublicNotice(command.HandedOn),
        };
        return new ServiceRecord
        {
            Id = Guid.NewGuid(), DocumentTypeKey = type!.Key, DocumentName = type.ChineseName,
            DocumentNumber = string.IsNullOrWhiteSpace(command.DocumentNumber) ? null : command.DocumentNumber.Trim(),
            Recipient = command.Recipient.Trim(), RecipientRole = command.RecipientRole, Address = command.Address?.Trim(),
            Method = command.Method, HandedOn = command.HandedOn, ServedOn = servedOn, Explanation = explanation,
            Proxy = command.Proxy?.Trim(), ProxyRelationship = command.ProxyRelationship?.Trim(), Witness = command.Witness?.Trim(),
            Consent = command.Consent?.Trim(), ReturnSlipDate = command.ReturnSlipDate, TrackingNumber = command.TrackingNumber?.Trim(),
            Server = command.Server.Trim(),
        };
    }

    private (DateOnly, string) PublicNotice(DateOnly publishedOn)
    {
        var deemed = _steps.Deadlines.PublicNoticeServedOn(publishedOn);
        return (deemed.Date, $"公告送达，自发出公告之日起经过三十日即视为送达（《民事诉讼法》第九十五条）；{deemed.Explanation}");
    }

    internal static string MethodName(ServiceMethod method) => method switch
    {
        ServiceMethod.Direct => "直接送达",
        ServiceMethod.LeftAtAddress => "留置送达",
        ServiceMethod.Electronic => "电子送达",
        ServiceMethod.Post => "邮寄送达",
        _ => "公告送达",
    };
}
