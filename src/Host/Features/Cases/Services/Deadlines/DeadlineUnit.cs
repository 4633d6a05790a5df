namespace Reconsideration.Host.Features.Cases.Services.Deadlines;

/// <summary>How a period is counted (DOMAIN §1, docs/business-calendar.md).</summary>
public enum DeadlineUnit
{
    /// <summary>工作日 (Art. 88 ¶2: 三日、五日、七日、十日).</summary>
    WorkingDays,

    /// <summary>日 (calendar days, 民事诉讼法 Art. 85: the last day rolls to the next working day).</summary>
    CalendarDays,
}
