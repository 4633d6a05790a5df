namespace Reconsideration.Host.Features.Staff.Services.Admin;

/// <summary>One holiday of a State Council notice: its days off (first to last, inclusive) and the weekend days worked for it.</summary>
public sealed record HolidayNoticeLine(string Holiday, DateOnly OffFrom, DateOnly OffTo, IReadOnlyList<DateOnly> WorkDays);
