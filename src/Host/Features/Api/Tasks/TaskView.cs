using Reconsideration.Workflows;

namespace Reconsideration.Host.Features.Api.Tasks;

/// <summary>A human task with the case it belongs to (null when its process belongs to no case).</summary>
public sealed record TaskView(
    Guid Id,
    string? Name,
    string ElementId,
    string ProcessId,
    Guid InstanceId,
    Guid? CaseId,
    string? CaseNumber,
    HumanTaskState State,
    string? Assignee,
    IReadOnlyList<string> CandidateRoles,
    IReadOnlyList<string> CandidateRoleNames,
    IReadOnlyList<string> CandidateUsers,
    string? FormKey,
    int Priority,
    DateTimeOffset? DueAt,
    bool DueProvisional,
    DateTimeOffset CreatedAt,
    DateTimeOffset? EndedAt,
    string? EndedBy);
