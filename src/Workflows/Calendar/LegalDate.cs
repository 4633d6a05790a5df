namespace Reconsideration.Workflows.Calendar;

/// <summary>The last day of a legal period (the deadline is the end of that day, Asia/Shanghai).</summary>
/// <param name="Date">The last day of the period.</param>
/// <param name="Provisional">
/// True when a day that had to be classified lies in a year whose holiday arrangement is not loaded; that year
/// was counted on weekends only and the date must be shown as provisional until an administrator loads it.
/// </param>
/// <param name="Explanation">One Chinese sentence saying how the date was computed (rule, article, start day, roll-over).</param>
public sealed record LegalDate(DateOnly Date, bool Provisional, string Explanation);
