using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Services.Deadlines;
using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Host.Tests.Features.Cases.Services.Deadlines;

/// <summary>Each period with the 2026 holiday arrangement (国办发明电〔2025〕7号); expected dates worked out by hand.</summary>
public sealed class DeadlineCalculatorTests
{
    private static readonly DateOnly Sep30 = new(2026, 9, 30);
    private readonly DeadlineCalculator _calculator = new(BusinessCalendar.Default);

    private static DateOnly D(int month, int day, int year = 2026) => new(year, month, day);

    private CaseDeadline Find(Case @case, DeadlineKind kind, DateOnly today) =>
        Assert.Single(_calculator.Compute(@case, today), d => d.Kind == kind);

    [Fact]
    public void Acceptance_review_received_before_national_day_skips_the_holiday_and_counts_the_make_up_saturday()
    {
        // 1–7 October off; 8, 9 October, Saturday 10 October (调休上班), 12 and 13 October count 1–5.
        var review = Find(Samples.Case(Sep30), DeadlineKind.AcceptanceReview, Sep30);

        Assert.Equal(D(10, 13), review.Due);
        Assert.Equal(DeadlineUnit.WorkingDays, review.Unit);
        Assert.Equal(5, review.Length);
        Assert.Equal(Sep30, review.StartDate);
        Assert.Equal("受理审查期限", review.RuleName);
        Assert.Contains("第三十条", review.Article);
        Assert.Contains("2026年10月13日", review.Explanation);
        Assert.Contains("视为受理", review.Explanation);
        Assert.False(review.Provisional);
        Assert.Equal(D(10, 13), Find(Samples.Case(Sep30), DeadlineKind.CorrectionNotice, Sep30).Due);
    }

    [Fact]
    public void Approaching_means_at_most_three_working_days_left_and_overdue_starts_the_day_after()
    {
        var @case = Samples.Case(Sep30);

        Assert.Equal(DeadlineState.Running, Find(@case, DeadlineKind.AcceptanceReview, D(10, 8)).State); // 9, 10, 12, 13 left
        var approaching = Find(@case, DeadlineKind.AcceptanceReview, D(10, 9));
        Assert.Equal(DeadlineState.Approaching, approaching.State);
        Assert.Equal(3, approaching.WorkingDaysLeft);
        Assert.Equal(0, Find(@case, DeadlineKind.AcceptanceReview, D(10, 13)).WorkingDaysLeft);
        Assert.Equal(DeadlineState.Approaching, Find(@case, DeadlineKind.AcceptanceReview, D(10, 13)).State);
        Assert.Equal(DeadlineState.Overdue, Find(@case, DeadlineKind.AcceptanceReview, D(10, 14)).State);
        // Not sending a correction notice is a choice: the option lapses, nobody is late.
        Assert.Equal(DeadlineState.Lapsed, Find(@case, DeadlineKind.CorrectionNotice, D(10, 14)).State);
    }

    [Fact]
    public void Ordinary_procedure_copy_and_decision_periods()
    {
        var @case = Samples.Accepted(Sep30, Sep30);

        Assert.Equal(D(10, 15), Find(@case, DeadlineKind.CopyToRespondent, Sep30).Due); // 8, 9, 10, 12, 13, 14, 15 October
        var decision = Find(@case, DeadlineKind.Decision, Sep30);
        Assert.Equal(D(11, 30), decision.Due); // day 60 is Sunday 29 November
        Assert.Equal(DeadlineUnit.CalendarDays, decision.Unit);
        Assert.Contains("第六十二条第一款", decision.Article);
        Assert.Contains("顺延", decision.Explanation);
        Assert.Equal(DeadlineState.Met, Find(@case, DeadlineKind.AcceptanceReview, Sep30).State);
    }

    [Fact]
    public void Simplified_procedure_copy_ends_on_the_make_up_saturday_and_the_decision_in_thirty_days()
    {
        var @case = Samples.Accepted(Sep30, Sep30, Procedure.Simplified);

        Assert.Equal(D(10, 10), Find(@case, DeadlineKind.CopyToRespondent, Sep30).Due);
        Assert.Equal(3, Find(@case, DeadlineKind.CopyToRespondent, Sep30).Length);
        var decision = Find(@case, DeadlineKind.Decision, Sep30);
        Assert.Equal(D(10, 30), decision.Due);
        Assert.Contains("第六十二条第二款", decision.Article);
    }

    [Theory]
    [InlineData(Procedure.Ordinary, 10, 15)]
    [InlineData(Procedure.Simplified, 5, 9)]
    public void Reply_counts_from_the_respondents_receipt_of_the_copy(Procedure procedure, int length, int dueDay)
    {
        var @case = Samples.Accepted(D(9, 22), D(9, 23), procedure).RecordCopySent(D(9, 23));
        Assert.Equal(DeadlineState.NotStarted, Find(@case, DeadlineKind.Reply, D(9, 23)).State);

        @case = @case with { ReplyRequest = @case.ReplyRequest! with { RespondentReceivedOn = D(9, 24) } };
        var reply = Find(@case, DeadlineKind.Reply, D(9, 24));

        Assert.Equal(D(10, dueDay), reply.Due);
        Assert.Equal(length, reply.Length);
        Assert.Equal(DeadlineObligor.Respondent, reply.Obligor);
        Assert.Contains("第七十条", reply.Article);
    }

    [Fact]
    public void Hearing_notice_leaves_five_whole_working_days_before_the_hearing()
    {
        // Hearing Friday 9 October: 8 October, 30, 29, 28 September and 24 September are the five working days
        // before it (25–27 September Mid-Autumn); the notice must go out by Wednesday 23 September.
        var latest = _calculator.HearingNoticeLatestDay(D(10, 9));

        Assert.Equal(D(9, 23), latest.Date);
        Assert.True(BusinessCalendar.Default.AddWorkingDays(latest.Date, 5).Date < D(10, 9));
        Assert.False(BusinessCalendar.Default.AddWorkingDays(latest.Date.AddDays(1), 5).Date < D(10, 9));
        Assert.Contains("第五十一条", latest.Explanation);
    }

    [Fact]
    public void Lawsuit_window_ending_in_the_national_day_holiday_rolls_to_the_first_working_day()
    {
        var @case = Samples.Accepted(D(8, 3), D(8, 4)).RecordDecision(Decision(D(9, 17)));
        @case = @case.RecordService(Service(CaseDocumentTypes.Decision, "张三", RecipientRole.Applicant, D(9, 18)));

        var window = Find(@case, DeadlineKind.LawsuitWindow, D(9, 18));

        Assert.Equal(D(10, 8), window.Due); // day 15 is Saturday 3 October
        Assert.Equal("张三", window.Subject);
        Assert.Contains("行政诉讼法", window.Article);
        Assert.Equal(DeadlineState.Lapsed, Find(@case, DeadlineKind.LawsuitWindow, D(10, 9)).State);
    }

    [Fact]
    public void Opinion_letter_report_sixty_days_rolled_past_labour_day()
    {
        var @case = Samples.Accepted(D(2, 2), D(2, 3)).RecordOpinionLetter("红府复意〔2026〕1号", "红星区市场监督管理局");
        @case = @case.RecordService(Service(CaseDocumentTypes.OpinionLetter, "红星区市场监督管理局", RecipientRole.Respondent, D(3, 2))
            with { DocumentNumber = "红府复意〔2026〕1号" });

        var report = Find(@case, DeadlineKind.OpinionLetterReport, D(3, 2));

        Assert.Equal(D(5, 6), report.Due);
        Assert.Contains("第七十六条", report.Article);
    }

    [Fact]
    public void A_period_reaching_into_a_year_without_holiday_data_is_provisional()
    {
        var review = Find(Samples.Case(D(12, 28)), DeadlineKind.AcceptanceReview, D(12, 28));

        Assert.Equal(D(1, 4, 2027), review.Due);
        Assert.True(review.Provisional);
        Assert.Contains("暂定", review.Explanation);
        Assert.True(Find(Samples.Accepted(D(11, 30), D(12, 1)), DeadlineKind.Decision, D(12, 1)).Provisional);
    }

    internal static Decision Decision(DateOnly on, DecisionType type = DecisionType.Maintain) => new()
    {
        Type = type, Holding = "维持被申请人作出的行政处罚决定。", Articles = ["《中华人民共和国行政复议法》第六十八条"], DecidedOn = on,
    };

    internal static ServiceRecord Service(string key, string recipient, RecipientRole role, DateOnly on) => new()
    {
        Id = Guid.NewGuid(), DocumentTypeKey = key, DocumentName = "文书", Recipient = recipient, RecipientRole = role,
        Method = ServiceMethod.Direct, HandedOn = on, ServedOn = on, Explanation = "直接送达", Server = "送达人",
    };
}
