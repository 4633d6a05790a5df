using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Workflows.Timers;

/// <summary>
/// <c>P&lt;n&gt;WD</c>, <c>P&lt;n&gt;CD</c>, <c>P&lt;n&gt;CM</c>: a legal period counted by the business calendar from the
/// China-local day the period starts on, due at the end of its last day.
/// </summary>
internal sealed record LegalPeriod(LegalPeriodUnit Unit, int Count) : TimerPeriod
{
    public override bool IsZero => Count == 0;

    public override string Describe() => Unit switch
    {
        LegalPeriodUnit.WorkingDays => $"{Count}个工作日",
        LegalPeriodUnit.CalendarDays => $"{Count}日",
        _ => $"{Count}个月",
    };

    public override TimerDue After(DateTimeOffset from, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var start = LegalTime.StartDay(from);
        var date = Unit switch
        {
            LegalPeriodUnit.WorkingDays => calendar.AddWorkingDays(start, Count),
            LegalPeriodUnit.CalendarDays => calendar.AddCalendarDays(start, Count),
            _ => calendar.AddMonths(start, Count),
        };
        return new TimerDue(
            LegalTime.EndOfDay(date.Date),
            date.Provisional,
            $"{date.Explanation}；于该日结束时（北京时间24时）到期");
    }

    public override TimerPeriod Times(int times) => this with { Count = checked(Count * times) };
}
