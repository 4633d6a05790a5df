using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Services.Deadlines;
using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Host.Tests.Features.Cases.Services.Deadlines;

/// <summary>Suspension, correction and extension: what is not counted and what is added.</summary>
public sealed class PausesAndExtensionTests
{
    private static readonly DateOnly Mar2 = new(2026, 3, 2);
    private readonly DeadlineCalculator _calculator = new(BusinessCalendar.Default);

    private static DateOnly D(int month, int day) => new(2026, month, day);

    private CaseDeadline Decision(Case @case, DateOnly today) =>
        Assert.Single(_calculator.Compute(@case, today), d => d.Kind == DeadlineKind.Decision);

    [Fact]
    public void Without_pauses_sixty_days_from_2_march_end_after_labour_day()
    {
        Assert.Equal(D(5, 6), Decision(Samples.Accepted(Mar2, Mar2), Mar2).Due);
    }

    [Fact]
    public void A_suspension_moves_the_decision_deadline_by_the_paused_days()
    {
        var @case = Samples.Accepted(Mar2, Mar2).Suspend(D(3, 10), 8, "需以另案审理结果为依据").Resume(D(3, 20));

        var decision = Decision(@case, D(3, 20));

        // 70 days from 2 March is Monday 11 May: 8 days used before the suspension, 52 counted again from 20 March.
        Assert.Equal(D(5, 11), decision.Due);
        var pause = Assert.Single(decision.Pauses);
        Assert.Equal((D(3, 10), D(3, 20), 10), (pause.From, pause.To, pause.Days!.Value));
        Assert.Contains("中止期间10日不计入", decision.Explanation);
        Assert.Contains("第三十九条第一款第8项", pause.Reason);
    }

    [Fact]
    public void Two_suspensions_add_up_and_the_true_last_day_is_rolled()
    {
        var @case = Samples.Accepted(Mar2, Mar2)
            .Suspend(D(3, 10), 5, "不可抗力").Resume(D(3, 20))
            .Suspend(D(4, 1), 6, "双方同意调解").Resume(D(4, 6));

        var decision = Decision(@case, D(4, 6));

        Assert.Equal(D(5, 18), decision.Due); // 75 days: Saturday 16 May → Monday 18 May
        Assert.Equal(new[] { 10, 5 }, decision.Pauses.Select(p => p.Days!.Value));
    }

    [Fact]
    public void While_suspended_the_decision_period_has_no_last_day()
    {
        var @case = Samples.Accepted(Mar2, Mar2).Suspend(D(3, 10), 3, "申请人下落不明");

        var decision = Decision(@case, D(6, 30));

        Assert.Null(decision.Due);
        Assert.Equal(DeadlineState.Paused, decision.State);
        Assert.Contains("已计8日、尚余52日", decision.Explanation);
        Assert.Null(_calculator.DecisionLastDay(@case));
    }

    [Fact]
    public void A_suspension_after_the_period_ran_out_revives_nothing()
    {
        var @case = Samples.Accepted(Mar2, Mar2).Suspend(D(5, 20), 8, "另案").Resume(D(5, 30));

        var decision = Decision(@case, D(6, 1));

        Assert.Equal(D(5, 6), decision.Due);
        Assert.Equal(DeadlineState.Overdue, decision.State);
    }

    [Fact]
    public void An_extension_adds_its_days_to_the_same_clock()
    {
        var @case = Samples.Accepted(Mar2, Mar2).Extend(30, D(4, 20), "案情复杂", D(5, 6));

        var decision = Decision(@case, D(4, 20));

        Assert.Equal(D(6, 1), decision.Due); // day 90 is Sunday 31 May
        Assert.Equal(30, decision.ExtensionDays);
        Assert.Contains("批准延长30日", decision.Explanation);
    }

    [Fact]
    public void Extension_limits_once_thirty_days_ordinary_procedure_within_the_period()
    {
        var accepted = Samples.Accepted(Mar2, Mar2);

        Assert.Contains("最多不得超过三十日", Refused(() => accepted.Extend(31, D(4, 1), "复杂", D(5, 6))).Message);
        Assert.Equal(CaseErrorKind.Invalid, Refused(() => accepted.Extend(0, D(4, 1), "复杂", D(5, 6))).Kind);
        Assert.Contains("只能延长一次",
            Refused(() => accepted.Extend(10, D(4, 1), "复杂", D(5, 6)).Extend(10, D(4, 2), "复杂", D(5, 16))).Message);
        Assert.Contains("不能再批准延长", Refused(() => accepted.Extend(10, D(5, 7), "复杂", D(5, 6))).Message);
        var simplified = Samples.Accepted(Mar2, Mar2, Procedure.Simplified);
        Assert.Contains("简易程序", Refused(() => simplified.Extend(10, D(3, 20), "复杂", D(4, 1))).Message);
    }

    [Fact]
    public void Converting_to_the_ordinary_procedure_gives_sixty_days_from_acceptance()
    {
        var simplified = Samples.Accepted(Mar2, Mar2, Procedure.Simplified);
        Assert.Equal(D(4, 1), Decision(simplified, Mar2).Due);

        var converted = simplified.ConvertToOrdinary(D(3, 20), "案情复杂，不宜适用简易程序");

        Assert.Equal(D(5, 6), Decision(converted, D(3, 20)).Due);
        Assert.Contains("转为普通程序", Decision(converted, D(3, 20)).Explanation);
        Assert.Equal(D(6, 1), Decision(converted.Extend(30, D(4, 20), "复杂", D(5, 6)), D(4, 20)).Due);
    }

    [Fact]
    public void Correction_time_is_not_counted_the_review_restarts_from_the_corrected_materials()
    {
        var requested = Samples.Case(D(9, 21)).RequestCorrection(D(9, 22), ["申请人身份证明", "行政处罚决定书复印件"], D(9, 28));
        var review = Assert.Single(_calculator.Compute(requested, D(9, 23)), d => d.Kind == DeadlineKind.AcceptanceReview);
        Assert.Equal(DeadlineState.Paused, review.State);
        Assert.Equal(DeadlineState.NotStarted,
            Assert.Single(_calculator.Compute(requested, D(9, 23)), d => d.Kind == DeadlineKind.CorrectionResponse).State);

        var served = requested.RecordService(DeadlineCalculatorTests.Service(CaseDocumentTypes.CorrectionNotice, "张三", RecipientRole.Applicant, D(9, 24)));
        var response = Assert.Single(_calculator.Compute(served, D(9, 24)), d => d.Kind == DeadlineKind.CorrectionResponse);
        Assert.Equal(D(10, 15), response.Due); // 28–30 September, 8–10 and 12–15 October
        Assert.Equal(DeadlineObligor.Applicant, response.Obligor);

        var corrected = served.ReceiveCorrectedMaterials(D(10, 12));
        var restarted = Assert.Single(_calculator.Compute(corrected, D(10, 12)), d => d.Kind == DeadlineKind.AcceptanceReview);
        Assert.Equal(D(10, 19), restarted.Due); // 13, 14, 15, 16, 19 October
        Assert.Equal(D(10, 12), restarted.StartDate);
        Assert.Equal(20, Assert.Single(restarted.Pauses).Days);
        Assert.Contains("第三十一条第三款", restarted.Explanation);
        Assert.Equal(DeadlineState.Met,
            Assert.Single(_calculator.Compute(corrected, D(10, 12)), d => d.Kind == DeadlineKind.CorrectionResponse).State);
    }

    [Fact]
    public void An_extended_correction_period_and_abandonment_only_after_it()
    {
        var served = Samples.Case(D(9, 21)).RequestCorrection(D(9, 22), ["身份证明"], D(9, 28))
            .RecordService(DeadlineCalculatorTests.Service(CaseDocumentTypes.CorrectionNotice, "张三", RecipientRole.Applicant, D(9, 24)));
        var extended = served.ExtendCorrectionPeriod(D(10, 30), "申请人住院", D(10, 15));

        Assert.Equal(D(10, 30), _calculator.CorrectionLastDay(extended));
        Assert.Contains("届满前不能视为放弃", Refused(() => extended.RecordAbandonment(D(10, 20), D(10, 30))).Message);
        var abandoned = extended.RecordAbandonment(D(11, 2), D(10, 30));
        Assert.Equal(CaseStatus.DeemedAbandoned, abandoned.Status);
        Assert.Equal(DeadlineState.Lapsed,
            Assert.Single(_calculator.Compute(abandoned, D(11, 2)), d => d.Kind == DeadlineKind.CorrectionResponse).State);
    }

    private static CaseException Refused(Func<Case> step) => Assert.Throws<CaseException>(() => step());
}
