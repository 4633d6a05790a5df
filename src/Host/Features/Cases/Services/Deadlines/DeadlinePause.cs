namespace Reconsideration.Host.Features.Cases.Services.Deadlines;

/// <summary>An interval not counted in a period: a suspension (中止) or the time spent on correction (补正).</summary>
/// <param name="From">The first day of the pause.</param>
/// <param name="To">The day the clock ran again (resumption, receipt of the corrected materials); null while still paused.</param>
/// <param name="Days">Days not counted (To − From); null while still paused.</param>
/// <param name="Reason">Why, in Chinese.</param>
public sealed record DeadlinePause(DateOnly From, DateOnly? To, int? Days, string Reason);
