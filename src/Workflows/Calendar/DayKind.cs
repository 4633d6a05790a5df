namespace Reconsideration.Workflows.Calendar;

/// <summary>Why a day is or is not a working day.</summary>
internal enum DayKind
{
    Weekday,
    MakeUpWorkday,
    Weekend,
    Holiday,
}
