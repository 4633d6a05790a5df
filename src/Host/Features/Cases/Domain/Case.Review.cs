namespace Reconsideration.Host.Features.Cases.Domain;

// The review (Arts. 39–55, 62): suspension and resumption, extension, conversion, the respondent's reply, hearing.
public sealed partial record Case
{
    /// <summary>中止 (Art. 39): the decision clock stands still from <paramref name="from"/>.</summary>
    public Case Suspend(DateOnly from, int groundItem, string reason)
    {
        Require("中止审理", CaseStatus.InReview);
        RequireOnOrAfter(from, Acceptance!.On, "from", "中止日期", "受理日期");
        if (Suspensions.Count > 0)
            RequireOnOrAfter(from, Suspensions[^1].ResumedOn!.Value, "from", "中止日期", "上次恢复审理日期");
        if (groundItem is < 1 or > 10)
            throw CaseException.Invalid("groundItem", "中止事由须为《行政复议法》第三十九条第一款第（一）至（十）项之一。");
        if (string.IsNullOrWhiteSpace(reason))
            throw CaseException.Invalid("reason", "请写明中止的具体原因。");
        return this with
        {
            Status = CaseStatus.Suspended,
            Suspensions = [.. Suspensions, new Suspension { GroundItem = groundItem, Reason = reason.Trim(), From = from }],
        };
    }

    /// <summary>恢复审理: the clock runs again from <paramref name="on"/>; the days in between are not counted.</summary>
    public Case Resume(DateOnly on)
    {
        Require("恢复审理", CaseStatus.Suspended);
        var open = OpenSuspension!;
        RequireOnOrAfter(on, open.From, "resumedOn", "恢复审理日期", "中止日期");
        return this with
        {
            Status = CaseStatus.InReview,
            Suspensions = [.. Suspensions.Take(Suspensions.Count - 1), open with { ResumedOn = on }],
        };
    }

    /// <summary>
    /// 延长审理期限 (Art. 62 ¶1): ordinary procedure only, once, 1–30 days, approved before the decision period ends.
    /// </summary>
    public Case Extend(int days, DateOnly approvedOn, string reason, DateOnly decisionLastDay)
    {
        Require("延长审理期限", CaseStatus.InReview, CaseStatus.Suspended);
        if (Procedure != Procedure.Ordinary)
            throw CaseException.NotAllowed("简易程序案件的审理期限为三十日，不能延长（《行政复议法》第六十二条第二款）；确需延长的，应先转为普通程序（第五十五条）。");
        if (Extension is not null)
            throw CaseException.NotAllowed($"本案已于{ChineseDate(Extension.ApprovedOn)}延长审理期限{Extension.Days}日，审理期限只能延长一次。");
        if (days is < 1 or > 30)
            throw CaseException.Invalid("days", $"延长的期限须为1至30日（《行政复议法》第六十二条第一款：延长期限最多不得超过三十日），收到{days}日。");
        RequireOnOrAfter(approvedOn, Acceptance!.On, "approvedOn", "批准延期日期", "受理日期");
        if (approvedOn > decisionLastDay)
            throw CaseException.NotAllowed($"审理期限已于{ChineseDate(decisionLastDay)}届满，期限届满后不能再批准延长。");
        if (string.IsNullOrWhiteSpace(reason))
            throw CaseException.Invalid("reason", "请写明延长审理期限的理由（情况复杂，不能在规定期限内作出决定）。");
        return this with { Extension = new Extension { Days = days, ApprovedOn = approvedOn, Reason = reason.Trim() } };
    }

    /// <summary>转为普通程序 (Art. 55): the decision period becomes sixty days from acceptance.</summary>
    public Case ConvertToOrdinary(DateOnly on, string reason)
    {
        Require("转为普通程序", CaseStatus.InReview, CaseStatus.Suspended);
        if (Procedure != Procedure.Simplified)
            throw CaseException.NotAllowed("本案已适用普通程序，无需转换。");
        RequireOnOrAfter(on, Acceptance!.On, "on", "转换日期", "受理日期");
        if (string.IsNullOrWhiteSpace(reason))
            throw CaseException.Invalid("reason", "请写明不宜适用简易程序的理由。");
        return this with { Procedure = Procedure.Ordinary, ConvertedToOrdinaryOn = on, ProcedureReason = reason.Trim() };
    }

    /// <summary>发送申请书副本 and the reply notice to the respondent (Arts. 48, 54).</summary>
    public Case RecordCopySent(DateOnly on)
    {
        Require("发送答复通知", CaseStatus.InReview, CaseStatus.Suspended);
        if (ReplyRequest is not null)
            throw CaseException.NotAllowed($"已于{ChineseDate(ReplyRequest.SentOn)}向被申请人发送申请书副本。");
        RequireOnOrAfter(on, Acceptance!.On, "sentOn", "发送日期", "受理日期");
        return this with { ReplyRequest = new ReplyRequest { SentOn = on, Procedure = Procedure } };
    }

    /// <summary>The respondent's written reply arrived.</summary>
    public Case RecordReply(DateOnly on)
    {
        Require("登记答复", CaseStatus.InReview, CaseStatus.Suspended);
        if (ReplyRequest is null)
            throw CaseException.NotAllowed("尚未向被申请人发送申请书副本，不能登记答复。");
        if (ReplyRequest.RepliedOn is not null)
            throw CaseException.NotAllowed($"已登记被申请人于{ChineseDate(ReplyRequest.RepliedOn.Value)}提交的答复。");
        RequireOnOrAfter(on, ReplyRequest.SentOn, "repliedOn", "答复日期", "发送副本日期");
        return this with { ReplyRequest = ReplyRequest with { RepliedOn = on } };
    }

    /// <summary>听证: schedules (or reschedules) the hearing; the notice must go out at least five working days ahead.</summary>
    public Case ScheduleHearing(DateOnly on, string place)
    {
        Require("安排听证", CaseStatus.InReview);
        RequireOnOrAfter(on, Acceptance!.On, "on", "听证日期", "受理日期");
        if (string.IsNullOrWhiteSpace(place))
            throw CaseException.Invalid("place", "请填写听证地点。");
        return this with { Hearing = new Hearing { On = on, Place = place.Trim() } };
    }

    /// <summary>The hearing notice was sent; <paramref name="latestDay"/> is the last day that leaves five working days (Art. 51).</summary>
    public Case RecordHearingNotice(DateOnly sentOn, DateOnly latestDay)
    {
        Require("登记听证通知", CaseStatus.InReview);
        if (Hearing is null)
            throw CaseException.NotAllowed("尚未安排听证，不能登记听证通知。");
        if (sentOn > latestDay)
            throw CaseException.NotAllowed(
                $"听证定于{ChineseDate(Hearing.On)}，通知最迟应于{ChineseDate(latestDay)}发出（《行政复议法》第五十一条：听证的五日前书面通知）；请改期听证后再通知。");
        return this with { Hearing = Hearing with { NoticeSentOn = sentOn } };
    }

    /// <summary>听证已举行: recorded on or after the day it was set for, once the parties were notified.</summary>
    public Case RecordHearingHeld(DateOnly on)
    {
        Require("登记听证笔录", CaseStatus.InReview);
        if (Hearing?.NoticeSentOn is null)
            throw CaseException.NotAllowed("尚未发出听证通知，不能登记听证已举行。");
        RequireOnOrAfter(on, Hearing.On, "heldOn", "听证举行日期", "通知的听证日期");
        return this with { Hearing = Hearing with { HeldOn = Hearing.HeldOn ?? on } };
    }

    /// <summary>被申请人逾期未答复 (Art. 70): recorded for the draft decision once the reply period has run out.</summary>
    public Case RecordNoReply(DateOnly on)
    {
        Require("记录逾期未答复", CaseStatus.InReview, CaseStatus.Suspended);
        if (ReplyRequest is null)
            throw CaseException.NotAllowed("尚未向被申请人发送申请书副本，不能记录逾期未答复。");
        if (ReplyRequest.RepliedOn is { } replied)
            throw CaseException.NotAllowed($"已登记被申请人于{ChineseDate(replied)}提交的答复，不能再记录为逾期未答复。");
        return this with { ReplyRequest = ReplyRequest with { NoReplyRecordedOn = ReplyRequest.NoReplyRecordedOn ?? on } };
    }

    /// <summary>提请行政复议委员会咨询 (Art. 52).</summary>
    public Case ReferToCommittee(DateOnly on)
    {
        Require("提请行政复议委员会咨询", CaseStatus.InReview);
        RequireOnOrAfter(on, Acceptance!.On, "on", "提请日期", "受理日期");
        return this with { CommitteeReferredOn = CommitteeReferredOn ?? on };
    }
}
