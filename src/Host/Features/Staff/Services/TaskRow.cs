namespace Reconsideration.Host.Features.Staff.Services;

/// <summary>One line of the task table.</summary>
/// <param name="Id">The task.</param>
/// <param name="TaskName">The task's name, e.g. "受理审查".</param>
/// <param name="CaseId">The case, when the process belongs to one.</param>
/// <param name="CaseNumber">The case number, when the process belongs to a case.</param>
/// <param name="Respondent">The case's respondent (被申请人), when the process belongs to a case.</param>
/// <param name="Assignee">Who has claimed it; null while unclaimed.</param>
/// <param name="Roles">The candidate roles in Chinese, e.g. "承办人".</param>
/// <param name="Badge">How much time is left.</param>
/// <param name="CreatedAt">When the task was created.</param>
/// <param name="EndedAt">When it was completed or returned (已办), else null.</param>
public sealed record TaskRow(
    Guid Id,
    string TaskName,
    Guid? CaseId,
    string? CaseNumber,
    string? Respondent,
    string? Assignee,
    string Roles,
    DueBadge Badge,
    DateTimeOffset CreatedAt,
    DateTimeOffset? EndedAt = null);
