using Reconsideration.Workflows.Timers;

namespace Reconsideration.Workflows.Tests.Timers;

public class TimerScheduleParseTests
{
    [Theory]
    [InlineData("2026-03-01T09:00:00+08:00")]
    [InlineData("2026-03-01T01:00:00Z")]
    [InlineData("2026-03-01T09:00:00.250+08:00")]
    [InlineData("2026-03-01T09:00")]
    [InlineData("2026-03-01")]
    public void Dates_parse(string text)
    {
        Assert.True(TimerSchedule.TryParse(TimerKind.Date, text, out var schedule, out var error), error);
        Assert.False(schedule!.IsExpression);
    }

    [Theory]
    [InlineData("PT30M")]
    [InlineData("P3D")]
    [InlineData("P1DT2H")]
    [InlineData("P1M")]
    [InlineData("P1Y")]
    [InlineData("P2W")]
    [InlineData("PT1.5S")]
    [InlineData("P5WD")]
    [InlineData("P60CD")]
    [InlineData("P6CM")]
    [InlineData("p5wd")]
    public void Durations_parse(string text)
    {
        Assert.True(TimerSchedule.TryParse(TimerKind.Duration, text, out _, out var error), error);
    }

    [Theory]
    [InlineData("R3/PT1H", 3)]
    [InlineData("R/P1D", null)]
    [InlineData("R2/2026-01-01T00:00:00+08:00/P1D", 2)]
    [InlineData("R3/P1WD", 3)]
    public void Cycles_parse(string text, int? repetitions)
    {
        Assert.True(TimerSchedule.TryParse(TimerKind.Cycle, text, out var schedule, out var error), error);
        Assert.Equal(repetitions, schedule!.Repetitions);
    }

    [Fact]
    public void An_unknown_duration_is_explained_in_Chinese()
    {
        Assert.False(TimerSchedule.TryParse(TimerKind.Duration, "P5X", out var schedule, out var error));

        Assert.Null(schedule);
        Assert.Equal("无法识别的时长“P5X”：应为 ISO 8601 时长（如 PT1H、P3D）或工作日/自然日期间（如 P5WD、P60CD）", error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("5D")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P1DT")]
    [InlineData("P-1D")]
    [InlineData("P1.5D")]
    [InlineData("PT1H30")]
    [InlineData("P5WDT1H")]
    public void Bad_durations_are_refused(string text)
    {
        Assert.False(TimerSchedule.TryParse(TimerKind.Duration, text, out _, out var error));
        Assert.StartsWith($"无法识别的时长“{text}”", error);
    }

    [Fact]
    public void Oversized_numbers_are_refused()
    {
        Assert.False(TimerSchedule.TryParse(TimerKind.Duration, "P99999999999WD", out _, out var error));
        Assert.Contains("数值过大", error);
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("2026-03-01 09:00")]
    [InlineData("明天")]
    [InlineData("2026-03-01T25:00:00+08:00")]
    [InlineData("2026-03-01T09:00:00+15:00")]
    [InlineData("P1D")]
    public void Bad_dates_are_refused(string text)
    {
        Assert.False(TimerSchedule.TryParse(TimerKind.Date, text, out _, out var error));
        Assert.StartsWith($"无法识别的时间“{text}”：应为 ISO 8601 日期时间", error);
    }

    [Theory]
    [InlineData("PT1H", "无法识别的循环“PT1H”")]
    [InlineData("R3", "无法识别的循环“R3”")]
    [InlineData("R0/PT1H", "重复次数“R0”有误")]
    [InlineData("Rx/PT1H", "重复次数“Rx”有误")]
    [InlineData("R3/P5X", "循环“R3/P5X”的间隔有误：无法识别的时长“P5X”")]
    [InlineData("R/PT0S", "间隔为零")]
    [InlineData("R3/2026-01-01/P1D", "起始时间须含时刻")]
    [InlineData("R3/2026-02-30T09:00:00+08:00/P1D", "起始时间有误")]
    [InlineData("R3/PT1H/2026-01-01T00:00:00+08:00", "以结束时间表示，暂不支持")]
    public void Bad_cycles_are_refused(string text, string fragment)
    {
        Assert.False(TimerSchedule.TryParse(TimerKind.Cycle, text, out _, out var error));
        Assert.Contains(fragment, error);
    }

    [Theory]
    [InlineData("Date", "${dueDate}", "dueDate")]
    [InlineData("Duration", "${ replyPeriod }", "replyPeriod")]
    [InlineData("Cycle", "${reminders.cycle}", "reminders.cycle")]
    public void Expressions_are_reported_not_parsed(string kind, string text, string expression)
    {
        Assert.True(TimerSchedule.TryParse(Enum.Parse<TimerKind>(kind), text, out var schedule, out var error), error);

        Assert.True(schedule!.IsExpression);
        Assert.Equal(expression, schedule.Expression);
        Assert.Throws<InvalidOperationException>(
            () => schedule.DueAfter(DateTimeOffset.UnixEpoch, Workflows.Calendar.BusinessCalendar.Default, 0));
    }

    [Theory]
    [InlineData("P${days}WD", "须包住整个值")]
    [InlineData("${}", "为空")]
    [InlineData("${dueDate", "须包住整个值")]
    public void Malformed_expressions_are_refused(string text, string fragment)
    {
        Assert.False(TimerSchedule.TryParse(TimerKind.Duration, text, out _, out var error));
        Assert.Contains(fragment, error);
    }

    [Fact]
    public void A_resolved_expression_is_parsed()
    {
        var schedule = TimerSchedule.FromResolved(TimerKind.Duration, "P5WD");

        Assert.False(schedule.IsExpression);
        Assert.Equal(TimerKind.Duration, schedule.Kind);
    }

    [Fact]
    public void A_bad_resolved_value_throws_the_Chinese_error()
    {
        var error = Assert.Throws<FormatException>(() => TimerSchedule.FromResolved(TimerKind.Duration, "P5X"));
        Assert.Contains("无法识别的时长“P5X”", error.Message);

        var again = Assert.Throws<FormatException>(() => TimerSchedule.FromResolved(TimerKind.Duration, "${other}"));
        Assert.Contains("仍是表达式", again.Message);
    }
}
