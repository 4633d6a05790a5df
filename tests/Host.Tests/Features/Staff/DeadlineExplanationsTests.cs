using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Services.Deadlines;
using Reconsideration.Host.Features.Staff.Services;
using Reconsideration.Host.Tests.Features.Cases;
using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Host.Tests.Features.Staff;

public sealed class DeadlineExplanationsTests
{
    private static readonly DateOnly Mar2 = new(2026, 3, 2);
    private readonly DeadlineCalculator _calculator = new(BusinessCalendar.Default);
    private readonly DeadlineExplanations _explanations = new(new DueBadges(BusinessCalendar.Default));

    private static DateOnly D(int month, int day) => new(2026, month, day);

    private DeadlineView View(Case @case, DeadlineKind kind, DateOnly today) =>
        _explanations.View(Assert.Single(_calculator.Compute(@case, today), d => d.Kind == kind), today);

    private static string Fact(DeadlineView view, string label) => Assert.Single(view.Facts, f => f.Label == label).Text;

    [Fact]
    public void A_working_day_period_says_what_it_counts_from_how_long_it_is_and_its_last_day()
    {
        // Received Friday 25 September 2026: the National Day holiday lies inside the five working days.
        var view = View(Samples.Case(D(9, 25)), DeadlineKind.AcceptanceReview, D(9, 25));

        Assert.Equal("受理审查期限（《行政复议法》第三十条第一款、第三款）", Fact(view, "依据"));
        Assert.Equal("自收到行政复议申请之日（2026年9月25日）起算，当日不计入", Fact(view, "起算"));
        Assert.StartsWith("5个工作日", Fact(view, "期间"));
        Assert.Equal("2026年10月9日", Fact(view, "届满日"));
        Assert.Contains("视为受理", Fact(view, "计算过程"));
        Assert.Equal(["依据", "起算", "期间", "届满日", "计算过程"], view.Facts.Select(f => f.Label));
        Assert.Equal("剩余5个工作日", view.Badge.Text);
    }

    [Fact]
    public void Pauses_and_the_extension_each_get_a_line_and_calendar_days_say_they_roll()
    {
        var @case = Samples.Accepted(Mar2, Mar2).Suspend(D(3, 10), 8, "需以另案审理结果为依据").Resume(D(3, 20))
            .Extend(30, D(4, 20), "案情复杂", new DateOnly(9999, 1, 1));

        var view = View(@case, DeadlineKind.Decision, D(4, 20));

        Assert.StartsWith("2026年3月10日至2026年3月20日，10日：", Fact(view, "不计入"));
        Assert.Equal("经批准延长30日", Fact(view, "延长"));
        Assert.Contains("期满日为节假日的顺延", Fact(view, "期间"));
    }

    [Fact]
    public void An_open_suspension_is_a_pause_without_end_and_the_badge_says_the_clock_stands_still()
    {
        var @case = Samples.Accepted(Mar2, Mar2).Suspend(D(3, 10), 3, "申请人下落不明");

        var view = View(@case, DeadlineKind.Decision, D(6, 30));

        Assert.StartsWith("自2026年3月10日起暂停，尚未恢复计算：", Fact(view, "不计入"));
        Assert.DoesNotContain(view.Facts, f => f.Label == "届满日");
        Assert.Equal(("暂停计算", DueLevel.None), (view.Badge.Text, view.Badge.Level));
    }

    [Fact]
    public void A_period_done_in_time_says_so_instead_of_counting_down()
    {
        var @case = Samples.Case(Mar2).Accept(D(3, 4), Procedure.Ordinary, null, new DateOnly(9999, 1, 1));

        var view = View(@case, DeadlineKind.AcceptanceReview, D(3, 20));

        Assert.Equal("已按期完成（2026年3月4日）", view.Badge.Text);
        Assert.Equal("2026年3月4日已办理", Fact(view, "完成"));
    }

    [Fact]
    public void A_period_that_has_not_started_names_the_event_it_waits_for()
    {
        // Correction requested, notice not yet served: the applicant's ten working days wait for its receipt.
        var @case = Samples.Case(Mar2).RequestCorrection(D(3, 3), ["缺少身份证复印件"], new DateOnly(9999, 1, 1));
        var view = View(@case, DeadlineKind.CorrectionResponse, D(3, 3));

        Assert.StartsWith("尚未起算：", Fact(view, "起算"));
        Assert.Equal("尚未起算", view.Badge.Text);
    }
}
