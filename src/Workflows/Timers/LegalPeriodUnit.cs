namespace Reconsideration.Workflows.Timers;

/// <summary>The units of our legal periods: <c>WD</c>, <c>CD</c>, <c>CM</c>.</summary>
internal enum LegalPeriodUnit
{
    /// <summary>Working days, 行政复议法 Art. 88.</summary>
    WorkingDays,

    /// <summary>Calendar days, start day not counted, last day rolled to a working day (民事诉讼法 Art. 85).</summary>
    CalendarDays,

    /// <summary>Calendar months, corresponding day or month end, rolled likewise (民法典 Art. 202).</summary>
    CalendarMonths,
}
