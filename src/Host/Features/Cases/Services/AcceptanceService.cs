using Reconsideration.Host.Features.Cases.Domain;

namespace Reconsideration.Host.Features.Cases.Services;

/// <summary>
/// The acceptance review (Arts. 30–31): acceptance, refusal, forwarding, correction, abandonment and deemed
/// acceptance. Each call is one transaction; a refused step changes nothing and throws <see cref="CaseException"/>.
/// </summary>
public sealed class AcceptanceService
{
    private readonly CaseSteps _steps;

    internal AcceptanceService(CaseSteps steps) => _steps = steps;

    /// <summary>受理, under the ordinary or (with its reason) the simplified procedure.</summary>
    public Task<Case> AcceptAsync(Guid caseId, DateOnly acceptedOn, Procedure procedure, string? procedureReason = null,
        long? expectedRevision = null, CancellationToken cancellationToken = default)
    {
        _steps.NotFuture(acceptedOn, "acceptedOn", "受理日期");
        var name = procedure == Procedure.Simplified ? "简易程序" : "普通程序";
        return _steps.ChangeAsync(caseId, expectedRevision, $"受理（{name}）", @case =>
            @case.Accept(acceptedOn, procedure, procedureReason, _steps.Deadlines.AcceptanceReviewLastDay(@case).Date), cancellationToken);
    }

    /// <summary>不予受理, within the review period.</summary>
    public Task<Case> RefuseAsync(Guid caseId, Refusal refusal, long? expectedRevision = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        _steps.NotFuture(refusal.DecidedOn, "decidedOn", "不予受理决定日期");
        return _steps.ChangeAsync(caseId, expectedRevision, "决定不予受理", @case =>
            @case.Refuse(refusal, _steps.Deadlines.AcceptanceReviewLastDay(@case).Date), cancellationToken);
    }

    /// <summary>转送 to the competent organ.</summary>
    public Task<Case> ForwardAsync(Guid caseId, Forwarding forwarding, long? expectedRevision = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(forwarding);
        _steps.NotFuture(forwarding.On, "on", "转送日期");
        return _steps.ChangeAsync(caseId, expectedRevision, $"转送{forwarding.To}", @case => @case.Forward(forwarding), cancellationToken);
    }

    /// <summary>补正通知 listing every item, within five working days of receipt.</summary>
    public Task<Case> RequestCorrectionAsync(Guid caseId, DateOnly requestedOn, IReadOnlyList<string> items,
        long? expectedRevision = null, CancellationToken cancellationToken = default)
    {
        _steps.NotFuture(requestedOn, "requestedOn", "补正通知日期");
        return _steps.ChangeAsync(caseId, expectedRevision, "通知补正", @case =>
            @case.RequestCorrection(requestedOn, items ?? [], _steps.Deadlines.CorrectionNoticeLastDay(@case).Date), cancellationToken);
    }

    /// <summary>Extends the correction period on good reason to <paramref name="until"/>.</summary>
    public Task<Case> ExtendCorrectionPeriodAsync(Guid caseId, DateOnly until, string reason,
        long? expectedRevision = null, CancellationToken cancellationToken = default) =>
        _steps.ChangeAsync(caseId, expectedRevision, $"延长补正期限至{Case.ChineseDate(until)}", @case =>
        {
            var current = _steps.Deadlines.CorrectionLastDay(@case)
                ?? throw CaseException.NotAllowed("补正通知尚未登记送达，补正期限还未起算，无需延长。");
            return @case.ExtendCorrectionPeriod(until, reason, current);
        }, cancellationToken);

    /// <summary>收到补正材料: the acceptance review starts again from <paramref name="receivedOn"/>.</summary>
    public Task<Case> RecordCorrectedMaterialsAsync(Guid caseId, DateOnly receivedOn, long? expectedRevision = null,
        CancellationToken cancellationToken = default)
    {
        _steps.NotFuture(receivedOn, "receivedOn", "收到补正材料日期");
        return _steps.ChangeAsync(caseId, expectedRevision, "收到补正材料，重新审查", @case => @case.ReceiveCorrectedMaterials(receivedOn), cancellationToken);
    }

    /// <summary>视为放弃, once the correction period has passed without good reason.</summary>
    public Task<Case> RecordAbandonmentAsync(Guid caseId, DateOnly on, long? expectedRevision = null, CancellationToken cancellationToken = default)
    {
        _steps.NotFuture(on, "on", "记录日期");
        return _steps.ChangeAsync(caseId, expectedRevision, "逾期未补正，视为放弃行政复议申请", @case =>
            @case.RecordAbandonment(on, _steps.Deadlines.CorrectionLastDay(@case)), cancellationToken);
    }

    /// <summary>视为受理 (Art. 30 ¶3) of one case whose review period has run out (the workflow's timer).</summary>
    public Task<Case> DeemAcceptedAsync(Guid caseId, CancellationToken cancellationToken = default) =>
        _steps.ChangeAsync(caseId, null, "受理审查期限届满未作出不予受理决定，视为受理", @case =>
            @case.DeemAccepted(_steps.Deadlines.AcceptanceReviewLastDay(@case).Date, _steps.Today), cancellationToken);

    /// <summary>
    /// 视为受理 (Art. 30 ¶3) for every case whose review period has run out today without a decision; returns those
    /// cases. Meant for a daily timer; running it twice changes nothing more.
    /// </summary>
    public async Task<IReadOnlyList<Case>> ApplyDeemedAcceptanceAsync(CancellationToken cancellationToken = default)
    {
        var today = _steps.Today;
        var page = 1;
        var lapsed = new List<Guid>();
        while (true)
        {
            var found = await _steps.Store.SearchAsync(
                new CaseSearch { Status = CaseStatus.UnderAcceptanceReview, Page = page, PageSize = 100 }, cancellationToken);
            foreach (var summary in found.Items)
            {
                var @case = await _steps.Store.FindAsync(summary.Id, cancellationToken);
                if (@case is not null && _steps.Deadlines.AcceptanceReviewLastDay(@case).Date < today) lapsed.Add(@case.Id);
            }

            if (page >= found.Pages) break;
            page++;
        }

        var changed = new List<Case>();
        foreach (var id in lapsed)
        {
            try
            {
                changed.Add(await _steps.ChangeAsync(id, null, "受理审查期限届满未作出不予受理决定，视为受理", @case =>
                    @case.DeemAccepted(_steps.Deadlines.AcceptanceReviewLastDay(@case).Date, today), cancellationToken));
            }
            catch (CaseException e) when (e.Kind == CaseErrorKind.NotAllowed)
            {
                // Decided by someone in the meantime; nothing is deemed.
            }
        }

        return changed;
    }
}
