using Reconsideration.Host.Features.Cases.Domain;

namespace Reconsideration.Host.Features.Cases.Services;

/// <summary>
/// The review (Arts. 39–55, 62): suspension and resumption, extension, conversion to the ordinary procedure, the
/// copy to the respondent and its reply, the hearing. Each call is one transaction.
/// </summary>
public sealed class ReviewService
{
    private readonly CaseSteps _steps;

    internal ReviewService(CaseSteps steps) => _steps = steps;

    /// <summary>中止 on a ground of Art. 39 ¶1 (item 1–10).</summary>
    public Task<Case> SuspendAsync(Guid caseId, DateOnly from, int groundItem, string reason,
        long? expectedRevision = null, CancellationToken cancellationToken = default)
    {
        _steps.NotFuture(from, "from", "中止日期");
        return _steps.ChangeAsync(caseId, expectedRevision, $"中止审理（第三十九条第一款第{groundItem}项）",
            @case => @case.Suspend(from, groundItem, reason), cancellationToken);
    }

    /// <summary>恢复审理.</summary>
    public Task<Case> ResumeAsync(Guid caseId, DateOnly on, long? expectedRevision = null, CancellationToken cancellationToken = default)
    {
        _steps.NotFuture(on, "resumedOn", "恢复审理日期");
        return _steps.ChangeAsync(caseId, expectedRevision, "恢复审理", @case => @case.Resume(on), cancellationToken);
    }

    /// <summary>延长审理期限: once, 1–30 days, ordinary procedure, approved before the period ends.</summary>
    public Task<Case> ExtendAsync(Guid caseId, int days, DateOnly approvedOn, string reason,
        long? expectedRevision = null, CancellationToken cancellationToken = default)
    {
        _steps.NotFuture(approvedOn, "approvedOn", "批准延期日期");
        return _steps.ChangeAsync(caseId, expectedRevision, $"延长审理期限{days}日", @case =>
        {
            var lastDay = _steps.Deadlines.DecisionLastDay(@case)
                ?? throw CaseException.NotAllowed("案件中止期间审理期限不计算，请在恢复审理后再决定是否延长。");
            return @case.Extend(days, approvedOn, reason, lastDay);
        }, cancellationToken);
    }

    /// <summary>简易程序转为普通程序 (Art. 55).</summary>
    public Task<Case> ConvertToOrdinaryAsync(Guid caseId, DateOnly on, string reason,
        long? expectedRevision = null, CancellationToken cancellationToken = default)
    {
        _steps.NotFuture(on, "on", "转换日期");
        return _steps.ChangeAsync(caseId, expectedRevision, "简易程序转为普通程序", @case => @case.ConvertToOrdinary(on, reason), cancellationToken);
    }

    /// <summary>The copy of the application and the reply notice were sent to the respondent.</summary>
    public Task<Case> RecordCopySentAsync(Guid caseId, DateOnly sentOn, long? expectedRevision = null, CancellationToken cancellationToken = default)
    {
        _steps.NotFuture(sentOn, "sentOn", "发送日期");
        return _steps.ChangeAsync(caseId, expectedRevision, "向被申请人发送申请书副本", @case => @case.RecordCopySent(sentOn), cancellationToken);
    }

    /// <summary>The respondent's written reply arrived.</summary>
    public Task<Case> RecordReplyAsync(Guid caseId, DateOnly repliedOn, long? expectedRevision = null, CancellationToken cancellationToken = default)
    {
        _steps.NotFuture(repliedOn, "repliedOn", "答复日期");
        return _steps.ChangeAsync(caseId, expectedRevision, "收到被申请人答复", @case => @case.RecordReply(repliedOn), cancellationToken);
    }

    /// <summary>Schedules the hearing; refused when the notice could no longer go out five working days ahead.</summary>
    public Task<Case> ScheduleHearingAsync(Guid caseId, DateOnly on, string place, long? expectedRevision = null,
        CancellationToken cancellationToken = default) =>
        _steps.ChangeAsync(caseId, expectedRevision, $"安排听证（{Case.ChineseDate(on)}）", @case =>
        {
            var latest = _steps.Deadlines.HearingNoticeLatestDay(on).Date;
            if (latest < _steps.Today)
                throw CaseException.NotAllowed(
                    $"听证定于{Case.ChineseDate(on)}，通知最迟应于{Case.ChineseDate(latest)}发出，已来不及（《行政复议法》第五十一条）；请另定听证日期。");
            return @case.ScheduleHearing(on, place);
        }, cancellationToken);

    /// <summary>The hearing notice was sent to the parties.</summary>
    public Task<Case> RecordHearingNoticeAsync(Guid caseId, DateOnly sentOn, long? expectedRevision = null,
        CancellationToken cancellationToken = default)
    {
        _steps.NotFuture(sentOn, "sentOn", "听证通知日期");
        return _steps.ChangeAsync(caseId, expectedRevision, "发出听证通知", @case => @case.RecordHearingNotice(sentOn,
            _steps.Deadlines.HearingNoticeLatestDay(@case.Hearing?.On ?? sentOn).Date), cancellationToken);
    }

    /// <summary>The hearing was held on <paramref name="on"/>; recording it again changes nothing.</summary>
    public Task<Case> RecordHearingHeldAsync(Guid caseId, DateOnly on, long? expectedRevision = null, CancellationToken cancellationToken = default)
    {
        _steps.NotFuture(on, "heldOn", "听证举行日期");
        return _steps.ChangeAsync(caseId, expectedRevision, "举行听证", @case => @case.RecordHearingHeld(on), cancellationToken);
    }

    /// <summary>Records that the respondent did not reply in time (Art. 70); recording it again changes nothing.</summary>
    public Task<Case> RecordNoReplyAsync(Guid caseId, DateOnly on, CancellationToken cancellationToken = default) =>
        _steps.ChangeAsync(caseId, null, "被申请人逾期未提出书面答复（第七十条）", @case => @case.RecordNoReply(on), cancellationToken);

    /// <summary>Puts the case on the committee's agenda (Art. 52).</summary>
    public Task<Case> ReferToCommitteeAsync(Guid caseId, DateOnly on, CancellationToken cancellationToken = default) =>
        _steps.ChangeAsync(caseId, null, "提请行政复议委员会咨询（第五十二条）", @case => @case.ReferToCommittee(on), cancellationToken);
}
