namespace Reconsideration.Host.Features.Staff.Services;

/// <summary>The text and urgency of a due date as staff read it, e.g. "剩余3个工作日" or "已超期2日".</summary>
/// <param name="Text">What the badge says.</param>
/// <param name="Level">How urgent.</param>
/// <param name="Due">The last day, when there is one.</param>
public sealed record DueBadge(string Text, DueLevel Level, DateOnly? Due);
